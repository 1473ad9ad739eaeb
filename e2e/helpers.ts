import { expect, type Page } from "@playwright/test";

export const ADMIN = { name: "Ada Admin", email: "admin@newsroom.test", password: "correct horse battery" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/Email|电子邮箱/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
}

export async function signInAndWait(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/bulletins/);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** The form's own error banner (Next's route announcer also has role="alert"). */
export function formError(page: Page) {
  return page.locator("p.alert.error");
}
