import { expect, test, type Page } from "@playwright/test";
import { ensureUser, importPasted, openClaim, screenshot, userContext, widerThanScreen } from "./helpers";
import { SCREENSHOTS } from "./run-paths";

/** A phone screenshot of what the reader sees: the table, with the claim sheet below it. */
async function phoneShot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  // The table at the top of the screen, above the sheet, as a reader scrolls it there.
  await page.getByTestId("source-table").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

const REVIEWER = { name: "Tao Tables", email: "tao@newsroom.test", password: "reviewer password", role: "REVIEWER" };
const EDITOR = { name: "Edda Tables", email: "edda@newsroom.test", password: "editor password", role: "EDITOR" };

// Our own statistics table: the same digits under another row and another year, a unit in a header.
const TABLE = [
  "主要农产品产量",
  "指标,2022年,2023年,2024年",
  "粮食产量(万吨),68653,69541,70650",
  "油料产量(万吨),3654,3864,69541",
  "棉花产量(万吨),598,562,616",
  "播种面积(千公顷),118332,118969,119319",
].join("\n");
const BULLETIN = "本县农业通报。2023年全国粮食产量约6.95亿吨，再创新高。";

test.describe.configure({ mode: "serial" });
let bulletinUrl = "";

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  bulletinUrl = await importPasted(browser, EDITOR, "Grain output", BULLETIN);
});

async function attachTable(page: Page) {
  const panel = await openClaim(page, "粮食产量约6.95亿吨");
  await panel.getByRole("button", { name: "Attach source" }).click();
  const dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("Title", { exact: true }).fill("Main farm products table");
  await dialog.getByLabel(/or upload it/).setInputFiles({ name: "farm.csv", mimeType: "text/csv", buffer: Buffer.from("姓名,职务\n张三,记者\n") });
  await dialog.getByRole("button", { name: "Save source" }).click();
  // A table of words is refused with a message, not stored.
  await expect(dialog.locator("p.alert.error")).toContainText("no number cells");
  await dialog.getByLabel(/or upload it/).setInputFiles({ name: "farm.csv", mimeType: "text/csv", buffer: Buffer.from(TABLE) });
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog).toHaveCount(0);
  return panel;
}

test("a reviewer uploads a CSV table, checks a figure against it, sees the chosen cell and adds it as evidence", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await page.goto(bulletinUrl);
  const panel = await attachTable(page);

  await panel.getByTestId("figure-约6.95亿吨").getByRole("button", { name: "Check" }).click();
  const check = panel.getByTestId("figure-check");
  await expect(check.getByLabel("Result")).toHaveValue("WITHIN_ROUNDING");
  await expect(check.getByTestId("proposal-passage")).toHaveText("2023年 · 粮食产量(万吨) · 69541");
  await expect(check).toContainText("#cell=3,3");

  await check.getByTestId("show-cell").click();
  const viewer = page.getByTestId("source-viewer");
  const table = viewer.getByTestId("source-table");
  await expect(table.locator("thead th")).toHaveText(["指标", "2022年", "2023年", "2024年"]);
  await expect(table.locator("caption")).toHaveText("主要农产品产量");
  // The proposed cell is highlighted: row 粮食产量, column 2023年; not the 69541 of 油料 in 2024.
  await expect(table.getByTestId("pending-cell")).toHaveText(/^69541\b/);
  await expect(table.getByTestId("pending-cell")).toHaveAttribute("data-start", String(TABLE.replace(/,/g, "\t").indexOf("69541")));
  await expect(viewer.getByTestId("pending-passage")).toContainText("69541");
  await screenshot(page, "table-source-proposed-1440");

  await viewer.getByRole("button", { name: "Add evidence" }).click();
  await expect(table.getByTestId("evidence-cell")).toHaveText(/^69541\b/);
  await expect(table.getByTestId("pending-cell")).toHaveCount(0);
  await expect(panel.getByTestId("sources")).toContainText("69541");

  // Choosing another cell quotes it like a selection.
  await table.getByRole("button", { name: "70650" }).click();
  await expect(viewer.getByTestId("pending-passage")).toContainText("70650");
  await expect(table.getByTestId("pending-cell")).toHaveText(/^70650\b/);

  await check.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByTestId("figure-约6.95亿吨")).toContainText("Within rounding");
  await screenshot(page, "table-source-evidence-1440");

  await phoneShot(page, "table-source-evidence-390");
  await expect(table).toBeInViewport();
  // On a phone the table scrolls sideways inside its frame instead of widening the page.
  // Asked until the layout has settled after the resize to phone width; a failure names what sticks out.
  await expect.poll(() => widerThanScreen(page)).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test("the table reads the same in Chinese", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password, "zh");
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "粮食产量约6.95亿吨");
  await panel.getByTestId("sources").locator("li", { hasText: "Main farm products table" }).getByRole("button", { name: "阅读并引用" }).click();
  const viewer = page.getByTestId("source-viewer");
  await expect(viewer).toContainText("点选支持或反驳该声明的单元格");
  await expect(viewer.getByTestId("evidence-cell")).toHaveText(/^69541\b/);
  await screenshot(page, "table-source-zh-1440");
  await phoneShot(page, "table-source-zh-390");
  await context.close();
});
