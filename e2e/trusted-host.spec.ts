import { expect, test } from "@playwright/test";
import { HOST_ADMIN } from "./host-admin";
import { ensureUser, signIn } from "./helpers";

// `npm start` without NEXTAUTH_URL, reached as 127.0.0.1 (not localhost): sign-in, sign-out and
// the links the app writes follow the host the request came to. (The second server of the suite,
// on the first one's database.)
test.beforeAll(async ({ browser }) => {
  await ensureUser(browser, { ...HOST_ADMIN, role: "ADMIN" });
});
test("without NEXTAUTH_URL, sign-in, sign-out and links follow the host the app is reached by", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  expect(new URL(origin).hostname).toBe("127.0.0.1");

  await page.goto("/bulletins");
  const onHost = (path: string) => new RegExp(`^${origin.replaceAll(".", "\\.")}${path}`);
  await expect(page).toHaveURL(onHost("/signin"));
  await signIn(page, HOST_ADMIN.email, HOST_ADMIN.password);
  await expect(page).toHaveURL(`${origin}/bulletins`);
  await expect(page.getByTestId("current-user")).toContainText(HOST_ADMIN.name);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user.id).toEqual(expect.any(String));
  // Plain HTTP: the session cookie is not marked Secure, or the browser would drop it.
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ domain: "127.0.0.1", secure: false, httpOnly: true });

  // The API description names the origin it was reached at, whichever that is.
  const described = await (await page.request.get("/api/v1/openapi.json")).json();
  expect(described.servers[0].url).toBe(`${origin}/api/v1`);
  const other = `http://localhost:${new URL(origin).port}`;
  const viaLocalhost = await (await page.request.get(`${other}/api/v1/openapi.json`)).json();
  expect(viaLocalhost.servers[0].url).toBe(`${other}/api/v1`);

  await page.getByRole("button", { name: /Sign out|退出登录/ }).click();
  await expect(page).toHaveURL(`${origin}/signin?notice=signed-out`);
  await page.goto("/bulletins");
  await expect(page).toHaveURL(onHost("/signin"));
});
