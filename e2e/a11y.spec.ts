import { expect, test } from "@playwright/test";
import { ensureA11yFixture, STORAGE, type A11yFixture } from "./a11y-fixture";
import { A11Y_LOCALES, A11Y_VIEWS, labelsFor } from "./a11y-views";
import { expectAccessible } from "./axe";
import { BASE_URL } from "./helpers";
import { stopDb } from "./security/db";
import { SCREENSHOTS } from "./run-paths";

let fixture: A11yFixture;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  fixture = await ensureA11yFixture(browser);
});

test.afterAll(() => stopDb());

for (const locale of A11Y_LOCALES) {
  for (const view of A11Y_VIEWS.filter((v) => !v.firstRun)) {
    test(`a11y: ${view.name} (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({
        storageState: view.as ? STORAGE[view.as] : { cookies: [], origins: [] },
        viewport: { width: 1440, height: 900 },
      });
      await context.addCookies([{ name: "claimdesk-locale", value: locale, url: BASE_URL }]);
      const page = await context.newPage();
      try {
        await page.goto(view.path(fixture));
        await view.open?.(page, labelsFor(locale), fixture);
        await expectAccessible(page, `${view.name} (${locale})`);
        // Every page says in its title what it is (WCAG 2.4.2), not just the product's name.
        expect(await page.title()).toMatch(/^\S.* · Claimdesk$/);
        // Looked at: each page and dialog as scanned, on a desktop and on a phone.
        // An open dialog covers the window only, so it is shot as the window shows it.
        const shot = `${SCREENSHOTS}/a11y-${view.name.replace(/\W+/g, "-")}-${locale}`;
        const fullPage = (await page.locator("dialog[open]").count()) === 0;
        await page.screenshot({ path: `${shot}-desktop.png`, fullPage });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: `${shot}-phone.png`, fullPage });
        // A 1440-wide window at 200 % zoom lays pages out 720 CSS pixels wide, at 400 % (WCAG's reflow
        // test, a 1280-wide window) 320: at neither may the page scroll sideways.
        for (const [zoom, width] of [["200 %", 720], ["400 %", 320]] as const) {
          await page.setViewportSize({ width, height: 450 });
          // The page, and an open dialog, which scrolls on its own and would hide what sticks out.
          const overflow = await page.evaluate(() =>
            Math.max(...[document.documentElement, ...document.querySelectorAll("dialog[open] .dialog")].map((el) => el.scrollWidth - el.clientWidth)),
          );
          expect(overflow, `${view.name} (${locale}) scrolls sideways at ${zoom} zoom`).toBeLessThanOrEqual(0);
        }
      } finally {
        await view.cleanup?.();
        await context.close();
      }
    });
  }
}
