import { expect, test } from "@playwright/test";
import { BASE_URL } from "../helpers";
import { db, stopDb } from "./db";
import { builtActions, callAction, signInOverHttp } from "./harness";

// A cookie captured while signed in is replayed after each way a session ends: it must be refused
// by the API and by server actions, on this server and (the state is in the database) any other.

const PASSWORD = "security suite password";
test.describe.configure({ mode: "serial" });
test.afterAll(() => stopDb());

const me = (cookie: string) => fetch(`${BASE_URL}/api/v1/me`, { headers: { cookie } }).then((r) => r.status);
const mintToken = (cookie: string) => callAction(builtActions().get("app/(workspace)/account/actions.ts#createApiTokenAction")!, [{ name: "after the end" }], cookie);

async function signedIn(role: "REVIEWER" | "EDITOR" = "REVIEWER") {
  const user = await db("newUser", role, "session");
  const { cookie } = await signInOverHttp(user.email, PASSWORD);
  expect(await me(cookie)).toBe(200);
  return { user, cookie };
}

async function expectRefused(cookie: string) {
  expect(await me(cookie)).toBe(401);
  expect((await mintToken(cookie)).outcome).toBe("refused");
}

test("sign-out in the browser ends the session on the server: the copied cookie is refused", async ({ browser }) => {
  const user = await db("newUser", "EDITOR", "browser-signout");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel(/Email|电子邮箱/).fill(user.email);
  await page.getByLabel(/^(Password|密码)$/).fill(PASSWORD);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  await expect(page).toHaveURL(/\/bulletins/);
  const copied = (await context.cookies()).filter((c) => c.name.includes("session-token")).map((c) => `${c.name}=${c.value}`).join("; ");
  expect(await me(copied)).toBe(200);
  await page.getByRole("button", { name: /Sign out|退出登录/ }).click();
  await expect(page).toHaveURL(/notice=signed-out/);
  await expectRefused(copied);
  expect(await db("count", "session", { where: { userId: user.id, revokedAt: null } })).toBe(0);
  await context.close();
});

test("a password change ends every session and revokes the user's API tokens", async () => {
  const { user, cookie } = await signedIn();
  const other = await signInOverHttp(user.email, PASSWORD);
  const token = await db("token", user);
  const change = await callAction(
    builtActions().get("app/(workspace)/account/actions.ts#changePasswordAction")!,
    [{ status: "idle" }, form({ current: PASSWORD, password: "a brand new password", confirm: "a brand new password" })],
    cookie,
  );
  expect(change.outcome).toBe("allowed");
  await expectRefused(cookie);
  await expectRefused(other.cookie);
  expect((await fetch(`${BASE_URL}/api/v1/me`, { headers: { authorization: `Bearer ${token.secret}` } })).status).toBe(401);
});

test("deactivation ends sessions and tokens, and reactivation revives neither", async () => {
  const admin = await db("newUser", "ADMIN", "session-admin");
  const { user, cookie } = await signedIn("EDITOR");
  const token = await db("token", user);
  await db("deactivate", admin, user.id);
  await expectRefused(cookie);
  await db("reactivate", admin, user.id);
  await expectRefused(cookie);
  expect((await fetch(`${BASE_URL}/api/v1/me`, { headers: { authorization: `Bearer ${token.secret}` } })).status).toBe(401);
  // Signing in again works: a new session, not the old one.
  const again = await signInOverHttp(user.email, PASSWORD);
  expect(await me(again.cookie)).toBe(200);
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
}

test("a GET of /auth/ended signs nobody out while the session is live (no logout by a link on another site)", async () => {
  const { cookie } = await signedIn();
  const ended = await fetch(`${BASE_URL}/auth/ended`, { redirect: "manual", headers: { cookie } });
  expect(ended.status).toBe(307);
  expect(new URL(ended.headers.get("location")!, BASE_URL).pathname).toBe("/bulletins");
  expect(ended.headers.getSetCookie().filter((c) => /session-token=;/.test(c))).toEqual([]);
  expect(await me(cookie)).toBe(200);
});

test("a revoked session's cookie is cleared by /auth/ended and by /api/auth/session, which answer no session", async () => {
  const admin = await db("newUser", "ADMIN", "session-ended");
  const { user, cookie } = await signedIn();
  await db("deactivate", admin, user.id);
  const session = await fetch(`${BASE_URL}/api/auth/session`, { headers: { cookie } });
  expect(session.status).toBe(200);
  expect(await session.json()).toEqual({});
  const cleared = (response: Response) => response.headers.getSetCookie().some((c) => /^next-auth\.session-token=;.*Max-Age=0/i.test(c));
  expect(cleared(session)).toBe(true);
  // A session update (POST, as useSession's update() sends) gets the same answer, not a new cookie.
  const update = await fetch(`${BASE_URL}/api/auth/session`, { method: "POST", headers: { cookie, origin: BASE_URL, "content-type": "application/json" }, body: "{}" });
  expect(await update.json()).toEqual({});
  expect(cleared(update)).toBe(true);
  const ended = await fetch(`${BASE_URL}/auth/ended`, { redirect: "manual", headers: { cookie } });
  expect(new URL(ended.headers.get("location")!, BASE_URL).pathname).toBe("/signin");
  expect(cleared(ended)).toBe(true);
});
