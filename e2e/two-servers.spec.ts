import { expect, test } from "@playwright/test";
import { translate, type Message } from "../lib/i18n/catalogue";
import { BASE_URL, SECOND_URL, ensureUser, importPasted, signIn, userContext } from "./helpers";

// Two app servers on one database, as behind a load balancer: whichever server a request reaches,
// live updates, conflicts, the sign-in throttle and sign-out behave as on one.

const EDITOR = { name: "Tess Twin", email: "tess@newsroom.test", password: "twin editor password", role: "EDITOR" };
const REVIEWER = { name: "Ravi Remote", email: "ravi@newsroom.test", password: "remote reviewer password", role: "REVIEWER" };
const TEXT = "本市今年新建学校12所，医院3家。全市新增公园绿地4.5万平方米。";

test.describe.configure({ mode: "serial" });

let bulletinUrl = "";

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  bulletinUrl = await importPasted(browser, EDITOR, "Two servers", TEXT);
});

test("a change made through one server appears live through the other", async ({ browser }) => {
  const a = await userContext(browser, EDITOR.email, EDITOR.password, "en", BASE_URL);
  const b = await userContext(browser, REVIEWER.email, REVIEWER.password, "en", SECOND_URL);
  await a.page.goto(bulletinUrl);
  await b.page.goto(bulletinUrl);
  // The second server pushes the change to the browser as an event (not only the next poll).
  const pushed = b.page.evaluate((url) => new Promise<string>((resolve, reject) => {
    const events = new EventSource(`${url}/events`);
    let first = true;
    events.addEventListener("change", (event) => {
      if (first) return void (first = false);
      events.close();
      resolve((event as MessageEvent).data);
    });
    setTimeout(() => reject(new Error("no change event within 5 s")), 5_000);
  }), `/api/v1/bulletins/${bulletinUrl.split("/").pop()}`);
  const target = b.page.getByTestId("queue-row").filter({ hasText: "医院3家" }).first();
  await expect(target.locator(".dot")).toHaveClass(/status-UNVERIFIED/);
  await b.page.waitForTimeout(300);

  await a.page.getByTestId("queue-row").filter({ hasText: "医院3家" }).first().getByRole("button").click();
  await a.page.getByTestId("claim-panel").getByRole("button", { name: "Start working" }).click();
  await expect(a.page.getByTestId("claim-panel")).toContainText("In progress");
  expect(Number(await pushed)).toBeGreaterThan(1);
  await expect(target.locator(".dot")).toHaveClass(/status-IN_PROGRESS/);
  await a.context.close();
  await b.context.close();
});

test("a conflicting save across the two servers is refused, the input kept", async ({ browser }) => {
  const a = await userContext(browser, EDITOR.email, EDITOR.password, "en", BASE_URL);
  const b = await userContext(browser, REVIEWER.email, REVIEWER.password, "en", SECOND_URL);
  for (const { page } of [a, b]) {
    await page.goto(bulletinUrl);
    await page.getByTestId("queue-row").filter({ hasText: "公园绿地" }).first().getByRole("button").click();
  }
  // The second browser hears of nothing meanwhile, so it saves on the old version.
  await b.page.route("**/changes?*", (route) => route.abort());
  await b.page.route("**/events", (route) => route.abort());
  await a.page.getByTestId("claim-panel").getByRole("button", { name: "Start working" }).click();
  await expect(a.page.getByTestId("claim-panel")).toContainText("In progress");
  const panel = b.page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Dismiss" }).click();
  await expect(panel.getByTestId("claim-notice")).toContainText(EDITOR.name);
  await a.context.close();
  await b.context.close();
});

test("the sign-in throttle counts failures on both servers together", async ({ playwright }) => {
  // Sign-in attempts through next-auth's own endpoints, alternating between the servers.
  const attempt = async (origin: string, password: string) => {
    const api = await playwright.request.newContext({ baseURL: origin });
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email: REVIEWER.email, password, json: "true" }, headers: { origin }, maxRedirects: 0 });
    const location = response.headers()["location"] ?? (await response.json().catch(() => ({}))).url ?? "";
    await api.dispose();
    return decodeURIComponent(String(location));
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i % 2 ? SECOND_URL : BASE_URL, `wrong password ${i}`)).toMatch(/error=/);
  // Five failures spread over the two servers lock the email on both, even for the right password.
  // The sign-in form gets the message's code and parameters, and renders them in the reader's language.
  for (const origin of [BASE_URL, SECOND_URL]) {
    const refused = JSON.parse(new URL(await attempt(origin, REVIEWER.password)).searchParams.get("error") ?? "{}") as Message;
    expect(translate("en", refused)).toMatch(/Too many failed sign-in attempts/);
  }
});

test("signing out on one server ends the session on the other", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await signIn(page, EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL(/\/bulletins/);
  await page.goto(`${SECOND_URL}/bulletins`);
  await expect(page).toHaveURL(`${SECOND_URL}/bulletins`);
  const cookies = await context.cookies(BASE_URL);
  await page.goto(`${BASE_URL}/bulletins`);
  await page.getByRole("button", { name: /Sign out|退出登录/ }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`${SECOND_URL}/bulletins`);
  await expect(page).toHaveURL(/\/signin/);
  await context.close();
  stolenCookies = cookies;
});

let stolenCookies: Awaited<ReturnType<import("@playwright/test").BrowserContext["cookies"]>> = [];

// The session cookie copied before signing out opens nothing on the other server either: the
// session's row in the database was revoked at sign-out, and every server reads it.
test("a session cookie kept from before a sign-out opens nothing on the other server", async ({ browser }) => {
  const stolen = await browser.newContext();
  await stolen.addCookies(stolenCookies);
  expect((await stolen.request.get(`${SECOND_URL}/api/v1/me`)).status()).toBe(401);
  await stolen.close();
});
