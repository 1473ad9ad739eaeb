import { expect, test, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { BASE_URL, ensureUser, userContext } from "./helpers";

// Server actions called over HTTP as the browser calls them, with real session cookies: the
// wrapper (jsonAction) authenticates, validates and answers safe results; nothing is stubbed.
const USER = { name: "Jo Json", email: "jo@newsroom.test", password: "json password 1", role: "REVIEWER" };

test.describe.configure({ mode: "serial" });

type Outcome = { redirect: string | null; result: unknown };

/** The action id and content type the browser sends, recorded from one real call. */
async function recordAction(page: Page, click: () => Promise<void>) {
  const [request] = await Promise.all([
    page.waitForRequest((r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    click(),
  ]);
  return request.headers()["next-action"];
}

/** Calls a server action with one plain-object argument; reads the redirect or the returned value. */
async function callAction(request: APIRequestContext, path: string, actionId: string, argument: unknown): Promise<Outcome> {
  const response = await request.post(path, {
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: BASE_URL },
    data: JSON.stringify([argument]),
    maxRedirects: 0,
  });
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  if (redirect) return { redirect, result: null };
  expect(response.status()).toBe(200);
  // The flight response: row 0 points at row 1, which holds the action's return value.
  const row = (await response.text()).split("\n").find((line) => line.startsWith("1:"));
  expect(row, "the action returned a value").toBeDefined();
  const result = JSON.parse(row!.slice(2), (_key, value) => (value === "$undefined" ? undefined : value));
  return { redirect: null, result };
}

let createToken = "";
let revokeToken = "";

test.beforeAll(async ({ browser }) => {
  await ensureUser(browser, USER);
  const { context, page } = await userContext(browser, USER.email, USER.password);
  await page.goto("/account");
  await page.getByLabel("Token name").fill("recorded");
  createToken = await recordAction(page, () => page.getByRole("button", { name: "Create token" }).click());
  await expect(page.getByTestId("api-token").first()).toContainText("recorded");
  revokeToken = await recordAction(page, () => page.getByTestId("api-token").first().getByRole("button", { name: "Revoke" }).click());
  await context.close();
});

test("a signed-in call runs the handler and returns its data", async ({ browser, playwright }) => {
  const { context } = await userContext(browser, USER.email, USER.password);
  const { result } = await callAction(context.request, "/account", createToken, { name: "  from the test  " });
  expect(result).toMatchObject({ ok: true, data: { name: "from the test", secret: expect.stringMatching(/^cd_/) } });
  // The token it made is real: the API answers with it.
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const me = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${(result as { data: { secret: string } }).data.secret}` } });
  expect(me.status()).toBe(200);
  expect(JSON.stringify(await me.json())).toContain(USER.email);
  await api.dispose();
  await context.close();
});

test("bad input gets field errors and the handler's AppError its message, as { ok: false }", async ({ browser }) => {
  const { context } = await userContext(browser, USER.email, USER.password);
  expect((await callAction(context.request, "/account", createToken, { name: "   " })).result).toEqual({
    ok: false,
    error: { code: "bad_request", message: "Name the token (what will use it?).", fieldErrors: { name: ["Name the token (what will use it?)."] } },
  });
  expect((await callAction(context.request, "/account", createToken, { title: 12 })).result).toMatchObject({ ok: false, error: { code: "bad_request" } });
  expect((await callAction(context.request, "/account", revokeToken, { tokenId: "no-such-token" })).result).toMatchObject({
    ok: false,
    error: { code: "not_found", message: "That token does not exist." },
  });
  await context.close();
});

test("without a session the call is sent to sign in and the handler does not run", async ({ browser, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  expect(await callAction(anonymous, "/account", createToken, { name: "anonymous attempt" })).toEqual({ redirect: "/signin", result: null });
  await anonymous.dispose();

  const { context, page } = await userContext(browser, USER.email, USER.password);
  await page.goto("/account");
  await expect(page.getByTestId("api-token").filter({ hasText: "anonymous attempt" })).toHaveCount(0);
  await context.close();
});

test("a session ended by a password change is sent to /auth/ended and the handler does not run", async ({ browser }) => {
  const old = await userContext(browser, USER.email, USER.password);
  const { context, page } = await userContext(browser, USER.email, USER.password);
  await page.goto("/account");
  await page.getByLabel("Current password").fill(USER.password);
  await page.getByLabel("New password").fill("json password 2");
  await page.getByLabel("Repeat the password").fill("json password 2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/signin\?notice=password-changed/);
  await context.close();

  expect(await callAction(old.context.request, "/account", createToken, { name: "after the change" })).toEqual({ redirect: "/auth/ended", result: null });
  await old.context.close();
  const fresh = await userContext(browser, USER.email, "json password 2");
  await fresh.page.goto("/account");
  await expect(fresh.page.getByTestId("api-token").filter({ hasText: "after the change" })).toHaveCount(0);
  await fresh.context.close();
});
