import { test } from "@playwright/test";
import { BASE_URL, screenshot } from "../helpers";
import { db, stopDb } from "./db";

// Screenshots of the pages this suite's fixes changed, in both languages, desktop and phone.
test.afterAll(() => stopDb());

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

test("the account page says what a password change ends, zh and en, desktop and phone", async ({ browser }) => {
  const editor = await db("newUser", "EDITOR", "screens");
  const [name, ...value] = (await db("sessionCookie", editor)).split("=");
  for (const locale of ["en", "zh"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({ viewport });
      await context.addCookies([{ name: "claimdesk-locale", value: locale, url: BASE_URL }, { name, value: value.join("="), url: BASE_URL }]);
      const page = await context.newPage();
      await page.goto("/account");
      await screenshot(page, `security-account-${locale}-${size}`);
      await context.close();
    }
  }
});
