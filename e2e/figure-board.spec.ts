import { expect, test, type Page } from "@playwright/test";
import { catalogue } from "../lib/i18n/catalogue";
import { ensureUser, importPasted, screenshot, userContext } from "./helpers";

const EDITOR = { name: "Bo Editor", email: "bo.editor@newsroom.test", password: "editor password", role: "EDITOR" };
const REVIEWER = { name: "Bai Reviewer", email: "bai.reviewer@newsroom.test", password: "reviewer password", role: "REVIEWER" };

// Our own fixture: a district's quarterly figures, and a statistics release stating them (one rounded, one different).
const BULLETIN = "一季度，全区新增城镇就业岗位约1.2万个。全区新建公园8座。全区接待游客356万人次。";
const RELEASE = "区统计局一季度数据：全区新增城镇就业岗位12,300个；新建公园8座；接待游客312万人次，同比增长6.5%。";

test.describe.configure({ mode: "serial" });

let bulletinUrl = "";

/** Sources of this bulletin → Attach source → pasted text. */
async function attachRelease(page: Page) {
  const e = catalogue.en.evidence;
  const section = page.getByTestId("bulletin-sources");
  await section.getByRole("button", { name: e.attachSource }).click();
  const dialog = page.getByRole("dialog", { name: e.attachSource });
  await dialog.getByLabel("Title", { exact: true }).fill("District statistics release");
  await dialog.getByLabel("Paste the source's text").fill(RELEASE);
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section).toContainText("District statistics release");
}

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  bulletinUrl = await importPasted(browser, EDITOR, "District quarterly figures", BULLETIN);
});

test("a reviewer attaches a source to the whole bulletin and the board proposes every figure's check", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  const e = catalogue.en.evidence;
  const b = catalogue.en.board;
  await page.goto(bulletinUrl);
  const section = page.getByTestId("bulletin-sources");
  await expect(section).toContainText(e.noBulletinSources);
  await attachRelease(page);

  await section.getByRole("link", { name: e.figureBoard }).click();
  await expect(page).toHaveURL(/\/figures$/);
  const board = page.getByTestId("figure-board");
  // A row by its figure (the claim's statement holds other figures too).
  const row = (text: string) => board.locator("tbody tr", { has: page.locator("td:nth-child(2) strong", { hasText: text }) });
  await expect(row("1.2万个").locator(".badge")).toHaveText(b.results["within-rounding"]);
  await expect(row("1.2万个").locator("mark")).toHaveText("12,300个");
  await expect(row("8座").locator(".badge")).toHaveText(b.results.matches);
  await expect(row("356万人次").locator(".badge")).toHaveText(b.results.differs);
  await expect(row("356万人次")).toContainText("District statistics release");

  // Filters: by result, and by confidence order.
  await page.getByLabel(b.result).selectOption("differs");
  await page.getByRole("button", { name: b.apply }).click();
  await expect(board.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "1 of 4" })).toBeVisible();
  await page.goto(`${bulletinUrl}/figures?sort=confidence`);
  await expect(board.locator("tbody tr").first().locator(".badge")).toHaveText(b.results.matches);

  // Detached, the source is no longer read: every figure is not found.
  await page.goto(bulletinUrl);
  await section.getByRole("button", { name: `${e.detachFromBulletin} District statistics release` }).click();
  await expect(section).toContainText(e.noBulletinSources);
  await page.goto(`${bulletinUrl}/figures`);
  await expect(board.locator("tbody tr .badge", { hasText: b.results["not-found"] })).toHaveCount(4);
  await context.close();
});

test("screenshots of the board, in both languages, desktop and phone", async ({ browser }) => {
  // Four sign-ins and eight pages: more than one test's default time on a loaded machine.
  test.setTimeout(300_000);
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await page.goto(bulletinUrl);
  await attachRelease(page);
  await context.close();
  for (const locale of ["zh", "en"] as const) {
    for (const [device, viewport] of [["desktop", { width: 1440, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
      const { context: c, page: p } = await userContext(browser, REVIEWER.email, REVIEWER.password, locale);
      await p.setViewportSize(viewport);
      await p.goto(`${bulletinUrl}/figures`);
      await expect(p.getByTestId("figure-board")).toBeVisible();
      await screenshot(p, `figure-board-${locale}-${device}`);
      await p.goto(bulletinUrl);
      await expect(p.getByTestId("bulletin-sources")).toContainText("District statistics release");
      await screenshot(p, `bulletin-sources-${locale}-${device}`);
      await c.close();
    }
  }
});
