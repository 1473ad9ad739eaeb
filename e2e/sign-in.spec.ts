import { expect, test } from "@playwright/test";
import { ADMIN, BASE_URL, formError, screenshot, signIn, signInAndWait } from "./helpers";
import { ADMIN_STATE } from "./run-paths";

test("a wrong password shows an error and does not sign in", async ({ page }) => {
  await signIn(page, ADMIN.email, "wrong password!");
  await expect(formError(page)).toContainText("The email or password is not correct.");
  await expect(page).toHaveURL(/\/signin/);
});

test("after 5 failures the email is throttled, even for the correct password", async ({ page, browser }) => {
  // An account of its own, so the throttle does not lock the administrator out of later tests.
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const created = await admin.request.post("/api/v1/users", {
    headers: { origin: BASE_URL },
    data: { name: "Tess Throttle", email: "throttle@newsroom.test", password: "right password 1", role: "REVIEWER" },
  });
  expect(created.status()).toBe(201);
  await admin.close();

  for (let i = 0; i < 5; i++) {
    await signIn(page, "throttle@newsroom.test", `wrong ${i} password`);
    await expect(formError(page)).toContainText("not correct");
  }
  await signIn(page, "throttle@newsroom.test", "right password 1");
  await expect(formError(page)).toContainText(/Too many failed sign-in attempts.*Try again in 1[45] minutes/);
  await expect(page).toHaveURL(/\/signin/);
});

test("the sign-in page in Chinese renders its characters", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
  await signIn(page, ADMIN.email, "not the password");
  await expect(formError(page)).toHaveText("电子邮箱或密码不正确。");
  await screenshot(page, "sign-in-zh");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await screenshot(page, "sign-in-en");
  await context.close();
});

test("a user can change their own password, which ends their other sessions", async ({ page, browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  await admin.request.post("/api/v1/users", {
    headers: { origin: BASE_URL },
    data: { name: "Pat Password", email: "pat@newsroom.test", password: "first password", role: "EDITOR" },
  });
  await admin.close();

  await signInAndWait(page, "pat@newsroom.test", "first password");
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signInAndWait(otherPage, "pat@newsroom.test", "first password");
  await page.goto("/account");
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("second password");
  await page.getByLabel("Repeat the password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.").first()).toBeVisible();

  await page.getByLabel("Current password").fill("first password");
  await page.getByLabel("New password").fill("second password");
  await page.getByLabel("Repeat the password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  // Every session ends with the change, this one included.
  await expect(page).toHaveURL(/\/signin\?notice=password-changed/);
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await otherPage.goto("/bulletins");
  await expect(otherPage).toHaveURL(/\/signin\?notice=ended/);
  await elsewhere.close();
  await signIn(page, "pat@newsroom.test", "first password");
  await expect(formError(page)).toContainText("not correct");
  await signInAndWait(page, "pat@newsroom.test", "second password");
});
