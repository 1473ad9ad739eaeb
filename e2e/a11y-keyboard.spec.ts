import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { ensureA11yFixture, STORAGE, type A11yFixture } from "./a11y-fixture";
import { A11Y_LOCALES, labelsFor } from "./a11y-views";
import { BASE_URL, screenshot } from "./helpers";
import { SCREENSHOTS } from "./run-paths";

const { w, e } = labelsFor("en");
let fixture: A11yFixture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  fixture = await ensureA11yFixture(browser);
});

type PageOptions = { as?: keyof typeof STORAGE; locale?: "en" | "zh"; width?: number; height?: number; reducedMotion?: "reduce" | "no-preference" };

async function openPage(browser: Browser, options: PageOptions = {}) {
  const context = await browser.newContext({
    storageState: STORAGE[options.as ?? "reviewer"],
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion,
  });
  await context.addCookies([{ name: "claimdesk-locale", value: options.locale ?? "en", url: BASE_URL }]);
  return { context, page: await context.newPage() };
}

/** Opens the bulletin and the claim with `text` from the queue, with Enter; returns the panel. */
async function openClaimWithKeys(page: Page, text: string) {
  if (!page.url().endsWith(fixture.bulletinPath)) await page.goto(fixture.bulletinPath);
  await page.getByTestId("queue-row").filter({ hasText: text }).getByRole("button").focus();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toContainText(text);
  return panel;
}

/**
 * In the focused keyboard-selection field, selects `passage` with keys only, then goes Shift+Tab
 * back past the mode switch to `tool` and presses it: the field keeps its selection meanwhile.
 */
async function selectAndUse(page: Page, field: Locator, passage: string, tool: Locator) {
  await expect(field).toBeFocused();
  const from = (await field.inputValue()).indexOf(passage);
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < from; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < passage.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(tool).toBeFocused();
  await page.keyboard.press("Enter");
}

test("keyboard: skip links, from the queue to the panel in one key", async ({ browser }) => {
  const { context, page } = await openPage(browser);
  await page.goto(fixture.bulletinPath);
  await expect(page.getByTestId("queue-row").first()).toBeVisible();

  // The first Tab stop of every signed-in page skips the navigation.
  await page.keyboard.press("Tab");
  const toMain = page.getByRole("link", { name: "Skip to main content" });
  await expect(toMain).toBeFocused();
  await expect(toMain).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  // Open a claim from the queue with Enter, then come back into the queue region from the text
  // column before it: the region's first stop is the link to the panel, shown while it has focus.
  await openClaimWithKeys(page, "口袋公园");
  await page.getByRole("button", { name: w.keyboardSelect }).focus();
  await page.keyboard.press("Tab");
  const toPanel = page.getByRole("region", { name: w.claimQueue }).getByRole("link", { name: w.skipToPanel });
  await expect(toPanel).toBeFocused();
  await expect(toPanel).toBeInViewport();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: w.claimPanel });
  await expect(panel).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await panel.evaluate((el) => el.contains(document.activeElement) && el !== document.activeElement)).toBe(true);
  await context.close();
});

test("keyboard: a dialog traps focus and gives it back to the control that opened it", async ({ browser }) => {
  const { context, page } = await openPage(browser);
  const panel = await openClaimWithKeys(page, "口袋公园");

  const opener = panel.getByRole("button", { name: e.attachSource });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: e.attachSource });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("searchbox")).toBeFocused();
  const stops = await dialog.evaluate((el) => el.querySelectorAll("a[href], button:not([disabled]), input:not([type=hidden]), select, textarea").length);
  for (let i = 0; i < stops + 3; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null), `Tab ${i + 1} left the dialog`).toBe(true);
  }
  // Backwards from the first stop wraps to the last.
  await dialog.getByRole("searchbox").focus();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: e.save })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // The shortcuts list, opened with ? and closed with its button, returns focus the same way.
  const row = page.getByTestId("queue-row").filter({ hasText: "口袋公园" }).getByRole("button");
  await row.focus();
  await page.keyboard.press("?");
  const shortcuts = page.getByRole("dialog", { name: w.shortcuts });
  await expect(shortcuts.getByRole("button", { name: w.shortcutClose })).toBeFocused();
  // j and k move the queue behind the dialog no more.
  await page.keyboard.press("j");
  await expect(panel).toContainText("口袋公园");
  await page.keyboard.press("Enter");
  await expect(shortcuts).toHaveCount(0);
  await expect(row).toBeFocused();

  // Single-key shortcuts can be turned off there (WCAG 2.1.4), and on again.
  const current = page.locator('[data-testid="queue-row"][aria-current="true"]');
  await page.getByRole("button", { name: w.shortcuts }).click();
  await shortcuts.getByRole("checkbox", { name: w.singleKeyShortcuts }).uncheck();
  await page.keyboard.press("Escape");
  const before = await current.textContent();
  await page.keyboard.press("j");
  await page.keyboard.press("?");
  await expect(shortcuts).toHaveCount(0);
  await expect(current).toHaveText(before ?? "");
  await page.getByRole("button", { name: w.shortcuts }).click();
  await shortcuts.getByRole("checkbox", { name: w.singleKeyShortcuts }).check();
  await page.keyboard.press("Escape");
  await page.keyboard.press("j");
  await expect(current).not.toHaveText(before ?? "");
  await context.close();
});

test("keyboard: add a claim from a selection and quote a passage, without a mouse", async ({ browser }) => {
  const { context, page } = await openPage(browser);
  const panel = await openClaimWithKeys(page, "口袋公园");

  await page.getByRole("button", { name: w.keyboardSelect }).focus();
  await page.keyboard.press("Enter");
  const passage = "绿地建设要方便市民";
  await selectAndUse(page, page.getByRole("textbox", { name: w.bulletinText }), passage, page.getByRole("button", { name: w.addClaim }));
  await expect(panel.locator(".panel-statement")).toHaveText(new RegExp(`^${passage}.?$`));

  // Quote from a source: the same field in the source viewer, then Add evidence.
  await openClaimWithKeys(page, "口袋公园");
  const open = panel.getByRole("button", { name: e.open });
  await open.focus();
  await page.keyboard.press("Enter");
  // The viewer takes focus as it opens, named by its source.
  const viewer = page.getByRole("region", { name: "Parks bureau, spring" });
  await expect(viewer).toBeFocused();
  await viewer.getByRole("radio", { name: e.stanceREFUTES }).focus();
  await page.keyboard.press("Space");
  await viewer.getByRole("button", { name: w.keyboardSelect }).focus();
  await page.keyboard.press("Enter");
  const quote = "部分区尚未完成春季植树任务";
  await selectAndUse(page, viewer.getByTestId("source-text").getByRole("textbox"), quote, viewer.getByRole("button", { name: e.addEvidence }));
  const evidence = panel.getByTestId("sources").locator("li.evidence", { hasText: quote }).first();
  await expect(evidence).toContainText(e.stanceREFUTES);
  // Closing it gives focus back to the control that opened it.
  await viewer.getByRole("button", { name: e.close }).focus();
  await page.keyboard.press("Enter");
  await expect(viewer).toHaveCount(0);
  await expect(open).toBeFocused();
  await context.close();
});

test("reduced motion: the text column jumps to a claim instead of scrolling smoothly", async ({ browser }) => {
  const behaviours: Record<string, string[]> = {};
  for (const motion of ["no-preference", "reduce"] as const) {
    const { context, page } = await openPage(browser, { reducedMotion: motion });
    await page.addInitScript(() => {
      const calls: string[] = ((window as unknown as { scrolls: string[] }).scrolls = []);
      const original = Element.prototype.scrollTo;
      Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
        const options = args[0] as ScrollToOptions | undefined;
        if (this.classList.contains("text-column")) calls.push(String(options?.behavior ?? "auto"));
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as typeof original;
    });
    await page.goto(fixture.bulletinPath);
    await expect(page.getByTestId("queue-row").first()).toBeVisible();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(page.locator('[data-testid="queue-row"][aria-current="true"]')).toHaveCount(1);
    behaviours[motion] = await page.evaluate(() => (window as unknown as { scrolls: string[] }).scrolls);
    await context.close();
  }
  expect(behaviours["no-preference"]).toContain("smooth");
  expect(behaviours.reduce.length).toBeGreaterThan(0);
  expect(behaviours.reduce).not.toContain("smooth");
});

test("screenshots: the focus ring and the badges, in both languages, desktop and phone", async ({ browser }) => {
  for (const locale of A11Y_LOCALES) {
    const labels = labelsFor(locale);
    for (const [device, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]] as const) {
      const { context, page } = await openPage(browser, { locale, width, height });
      await openClaimWithKeys(page, "口袋公园");
      const attach = page.getByTestId("claim-panel").getByRole("button", { name: labels.e.attachSource });
      await attach.focus();
      await expect(attach).toHaveCSS("outline-style", "solid");
      await attach.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/a11y-focus-panel-${locale}-${device}.png` });
      await page.getByRole("link", { name: labels.t.myQueue }).focus();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOTS}/a11y-focus-header-${locale}-${device}.png` });
      await context.close();
      // The report is an editor's: reviewers may not export.
      const editor = await openPage(browser, { as: "editor", locale, width, height });
      await editor.page.goto(`${fixture.reportPath}?scope=all`);
      await expect(editor.page.locator(".badge").first()).toBeVisible();
      await screenshot(editor.page, `a11y-badges-report-${locale}-${device}`);
      await editor.context.close();
    }
  }
});

test("screen readers: highlights say what they are before their text", async ({ browser }) => {
  const { context, page } = await openPage(browser);
  const panel = await openClaimWithKeys(page, "区长张伟");
  const claimLabel = (status: string) => w.claimMark.replace("{status}", status);
  const text = page.getByTestId("bulletin-text");
  await expect(text).toContainText(`${claimLabel(w.statusVERIFIED)}区长张伟`);
  await expect(text).toContainText(`${claimLabel(w.statusIN_PROGRESS)}今年春季`);
  // The label is for assistive technology only: the reader sees the underline and tint.
  await expect(text.locator(".mark-label").first()).toHaveCSS("position", "absolute");
  await panel.getByRole("button", { name: e.open }).click();
  const source = page.getByTestId("source-text");
  await expect(source).toContainText(`${e.evidenceMark.replace("{stance}", e.stanceSUPPORTS)}区长张伟在会上`);
  await context.close();
});

test("screen readers: others' changes are announced politely, a conflicting save assertively", async ({ browser }) => {
  const reviewer = await openPage(browser);
  const editor = await browser.newContext({ storageState: STORAGE.editor, viewport: { width: 1440, height: 900 } });
  await editor.addCookies([{ name: "claimdesk-locale", value: "en", url: BASE_URL }]);
  const editorPage = await editor.newPage();
  for (const page of [reviewer.page, editorPage]) {
    await page.goto(fixture.bulletinPath);
    await page.getByTestId("queue-row").filter({ hasText: "口袋公园" }).getByRole("button").click();
  }
  const announcer = reviewer.page.locator('[aria-live="polite"]');
  await expect(announcer).toHaveText("");
  const assignee = editorPage.getByTestId("claim-panel").getByLabel(w.assignee);
  await assignee.selectOption("");
  await expect(announcer).toHaveText(w.changedOne, { timeout: 8_000 });

  // With its live refresh held back, the reviewer saves on the old version and is told at once.
  await reviewer.page.route("**/changes?*", (route) => route.abort());
  await assignee.selectOption({ label: "Rae Reviewer" });
  await expect(editorPage.getByTestId("queue-row").filter({ hasText: "口袋公园" })).toContainText("Rae Reviewer");
  const panel = reviewer.page.getByTestId("claim-panel");
  await panel.locator('[data-testid^="figure-"]').first().getByRole("button", { name: e.check }).click();
  await expect(panel.getByTestId("figure-check").getByLabel(e.result)).toBeEnabled();
  await panel.getByTestId("figure-check").getByRole("button", { name: e.confirm }).click();
  const notice = panel.getByRole("alert");
  await expect(notice).toContainText(w.conflict);
  await expect(reviewer.page.getByText(w.offline)).toBeVisible({ timeout: 8_000 });
  await reviewer.context.close();
  await editor.close();
});
