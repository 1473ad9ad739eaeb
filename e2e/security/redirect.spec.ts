import { expect, test } from "@playwright/test";
import { BASE_URL } from "../helpers";
import { db, stopDb } from "./db";
import { signInOverHttp } from "./harness";

// Open redirects: a sign-in link that names another site as its callback must land on this one.

const PASSWORD = "security suite password";
const HOSTILE = ["/.//evil.example", "/..//evil.example", "/a/..//evil.example", "/%2e//evil.example", "//evil.example", "/\\evil.example", "https://evil.example/x", "/%252f%252fevil.example"];
test.afterAll(() => stopDb());

test("a signed-out user signs in from a hostile link and stays on the site", async ({ browser }) => {
  const user = await db("newUser", "REVIEWER", "redirect");
  for (const callback of HOSTILE.slice(0, 4)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(callback)}`);
    await page.getByLabel(/Email|电子邮箱/).fill(user.email);
    await page.getByLabel(/^(Password|密码)$/).fill(PASSWORD);
    await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
    await expect(page).toHaveURL(/\/bulletins/);
    expect(new URL(page.url()).origin).toBe(BASE_URL);
    await context.close();
  }
});

test("every redirect sink keeps the hostile callback on the site", async () => {
  const user = await db("newUser", "REVIEWER", "redirect-sinks");
  const { cookie } = await signInOverHttp(user.email, PASSWORD);
  for (const callback of HOSTILE) {
    // The sign-in page, already signed in, redirects at once.
    const page = await fetch(`${BASE_URL}/signin?callbackUrl=${encodeURIComponent(callback)}`, { redirect: "manual", headers: { cookie } });
    const location = page.headers.get("location") ?? "";
    expect(new URL(location, BASE_URL).origin, `${callback} → ${location}`).toBe(BASE_URL);
    expect(location).not.toMatch(/^\/\/|^\/\\/);
    // next-auth refuses the callback outright (it used to answer 500).
    const auth = await fetch(`${BASE_URL}/api/auth/signin?callbackUrl=${encodeURIComponent(callback)}`, { redirect: "manual" });
    if (auth.status === 400) expect((await auth.json()).error.code).toBe("bad_request");
    else expect(new URL(auth.headers.get("location") ?? "/", BASE_URL).origin).toBe(BASE_URL);
  }
  // The credentials callback with a hostile callbackUrl in its body answers a URL on this site.
  const other = await db("newUser", "REVIEWER", "redirect-body");
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const answer = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar, origin: BASE_URL },
    body: new URLSearchParams({ csrfToken, email: other.email, password: PASSWORD, callbackUrl: "https://evil.example/steal", json: "true" }),
  });
  const { url } = (await answer.json()) as { url: string };
  expect(new URL(url).origin).toBe(BASE_URL);
});

test("a callback cookie next-auth cannot follow is dropped on every page and route, never a 500", async () => {
  const user = await db("newUser", "REVIEWER", "redirect-cookie");
  const { cookie } = await signInOverHttp(user.email, PASSWORD);
  const BAD = ["javascript%3Ax", encodeURIComponent("／／evil.example"), "%09%2F%2Fevil.example", encodeURIComponent("ws://evil.example"), "blob%3Ax", encodeURIComponent("data:,x"), "%E0%A4%A"];
  for (const value of BAD) {
    for (const [path, jar] of [["/bulletins", cookie], ["/account", cookie], ["/signin", ""], ["/api/auth/session", cookie], ["/api/auth/csrf", ""], ["/api/auth/providers", ""]]) {
      const response = await fetch(`${BASE_URL}${path}`, { redirect: "manual", headers: { cookie: [jar, `next-auth.callback-url=${value}`].filter(Boolean).join("; ") } });
      expect(response.status, `${path} with callback cookie ${value}`).toBeLessThan(500);
      expect(response.headers.getSetCookie().some((c) => /^next-auth\.callback-url=;.*Max-Age=0/i.test(c)), `${path} expires ${value}`).toBe(true);
    }
    // Signing in still works while the browser holds the cookie.
    const signedIn = await signInOverHttp(user.email, PASSWORD, { cookie: `next-auth.callback-url=${value}` });
    expect(signedIn.status, `sign-in with callback cookie ${value}`).toBe(200);
    expect(new URL((signedIn.body as { url: string }).url).origin).toBe(BASE_URL);
  }
});
