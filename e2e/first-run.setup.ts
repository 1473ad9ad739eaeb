import { expect, test } from "@playwright/test";
import { A11Y_LOCALES, A11Y_VIEWS } from "./a11y-views";
import { expectAccessible } from "./axe";
import { ADMIN, BASE_URL, screenshot, signInAndWait } from "./helpers";
import { ADMIN_STATE } from "./run-paths";

// Runs first, on the empty database the web server started with.
test("first run: create the administrator, sign in, sign out; setup is then gone", async ({ page, browser }) => {
  // The first requests of a cold server, and two axe scans before the run itself.
  test.setTimeout(120_000);
  // Pages that exist only before the first account are scanned now, in each language.
  for (const view of A11Y_VIEWS.filter((v) => v.firstRun)) {
    for (const locale of A11Y_LOCALES) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "claimdesk-locale", value: locale, url: BASE_URL }]);
      const scan = await context.newPage();
      await scan.goto(view.path({} as never));
      await expectAccessible(scan, `${view.name} (${locale})`);
      await context.close();
    }
  }

  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: /Set up Claimdesk|设置 Claimdesk/ })).toBeVisible();

  // Bad input gets field errors and keeps what was typed.
  await page.getByLabel(/^(Name|姓名)$/).fill(ADMIN.name);
  await page.getByLabel(/Email|电子邮箱/).fill("not-an-email");
  await page.getByLabel(/^(Password|密码)$/).fill("short");
  await page.getByLabel(/Repeat|再次/).fill("short");
  await page.getByRole("button", { name: /Create administrator|创建管理员/ }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel(/^(Name|姓名)$/)).toHaveValue(ADMIN.name);

  await page.getByLabel(/Email|电子邮箱/).fill(ADMIN.email);
  await page.getByLabel(/^(Password|密码)$/).fill(ADMIN.password);
  await page.getByLabel(/Repeat|再次/).fill(ADMIN.password);
  await page.getByRole("button", { name: /Create administrator|创建管理员/ }).click();
  await expect(page).toHaveURL(/\/signin/);

  const setupAgain = await page.request.get("/setup");
  expect(setupAgain.status()).toBe(404);

  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(page.getByTestId("current-user")).toContainText(ADMIN.name);

  await page.getByRole("button", { name: /Sign out|退出登录/ }).click();
  await expect(page).toHaveURL(/\/signin\?notice=signed-out/);
  await expect(page.getByText(/You have been signed out|您已退出登录/)).toBeVisible();
  await page.goto("/bulletins");
  await expect(page).toHaveURL(/\/signin/);

  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.context().storageState({ path: ADMIN_STATE });
  await screenshot(page, "bulletins-empty");
});
