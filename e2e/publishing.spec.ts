import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { ensureUser, openClaim, propose, screenshot, userContext } from "./helpers";
import { SCREENSHOTS } from "./run-paths";

const EDITOR = { name: "Eve Editor", email: "eve@newsroom.test", password: "editor password", role: "EDITOR" };
const EDITOR2 = { name: "Ed Second", email: "ed2@newsroom.test", password: "editor2 password", role: "EDITOR" };
const REVIEWER = { name: "Rae Reviewer", email: "rae@newsroom.test", password: "reviewer password", role: "REVIEWER" };

// A desk's claim sheet written for this test: a merged title row, a Chinese header, an empty row,
// a verdict merged over two rows. The first two claims have no figures, so they verify quickly.
const CLAIMS = [
  "市长表示，城市建设要坚持以人民为中心。",
  "专家认为，区域合作是应对疫情的唯一出路。",
  "今年全市新建社区卫生服务中心6个。",
];
const TITLE = "同舟共济，守望相助";
// Claims are found by words of their own, whatever the punctuation around them.
const KEY = ["以人民为中心", "唯一出路", "卫生服务中心6个"];

async function claimSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("核查表");
  ws.addRow(["2020年5月核查记录"]);
  ws.mergeCells("A1:D1");
  ws.addRow(["声明", "来源链接", "结论", "备注"]);
  ws.addRow([CLAIMS[0], "https://city.example.gov.cn/speech", "无法核实", "讲话稿未公开"]);
  ws.addRow([]);
  ws.addRow([CLAIMS[1], "https://news.example.cn/expert", "无法核实", ""]);
  ws.addRow([CLAIMS[2], "https://health.example.gov.cn/centres", null, "待核对"]);
  ws.mergeCells("C5:C6");
  return Buffer.from(await book.xlsx.writeBuffer());
}

test.describe.configure({ mode: "serial" });

let bulletinPath = "";
let reportPath = "";
let shareUrl = "";

async function shot(page: Page, name: string) {
  await screenshot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, EDITOR2, REVIEWER]) await ensureUser(browser, user);
});

test("an editor imports claims from a spreadsheet, mapping its columns on a preview", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password, "zh");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/bulletins/new");
  await page.getByRole("link", { name: "从电子表格导入" }).click();
  await expect(page).toHaveURL(/\/bulletins\/new\/spreadsheet$/);
  // Nothing chosen: a message in the interface's language.
  await page.getByRole("button", { name: "读取表格" }).click();
  await expect(page.locator("p.alert.error")).toHaveText("请选择要导入的电子表格（.xlsx 或 .csv）。");
  // A file that is no spreadsheet is refused in Chinese too.
  await page.getByLabel("电子表格（.xlsx、.csv）").setInputFiles({ name: "notes.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.from("x") });
  await page.getByRole("button", { name: "读取表格" }).click();
  await expect(page.locator("p.alert.error")).toContainText("这里只能导入 .xlsx 和 .csv 电子表格");

  await page.getByLabel("电子表格（.xlsx、.csv）").setInputFiles({
    name: "核查表.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await claimSheet(),
  });
  await page.getByRole("button", { name: "读取表格" }).click();
  await expect(page.getByLabel("声明", { exact: true })).toHaveValue("0");
  await expect(page.getByLabel("来源网址")).toHaveValue("1");
  await expect(page.getByLabel("结论", { exact: true })).toHaveValue("2");
  await expect(page.getByLabel("备注")).toHaveValue("3");
  await expect(page.getByText("共有 3 行含有声明。")).toBeVisible();
  await expect(page.locator(".sheet-preview tbody tr")).toHaveCount(3);
  await page.getByLabel("标题").fill(TITLE);
  await page.getByLabel("发布日期").fill("2020-05-01");
  await shot(page, "spreadsheet-import-zh");

  await page.getByRole("button", { name: "创建公报" }).click();
  await expect(page).toHaveURL(/\/bulletins\/(?!new)[\w-]+$/);
  bulletinPath = new URL(page.url()).pathname;
  reportPath = `${bulletinPath}/report`;
  for (const key of KEY) await expect(page.getByTestId("queue-row").filter({ hasText: key })).toHaveCount(1);
  await context.close();

  // The same screen in English, on a phone.
  const english = await userContext(browser, EDITOR.email, EDITOR.password, "en");
  await english.page.goto("/bulletins/new/spreadsheet");
  await english.page.getByLabel("Spreadsheet (.xlsx, .csv)").setInputFiles({ name: "claims.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await claimSheet() });
  await english.page.getByRole("button", { name: "Read the spreadsheet" }).click();
  await expect(english.page.getByText("3 rows hold a claim.")).toBeVisible();
  await english.page.setViewportSize({ width: 1440, height: 900 });
  await shot(english.page, "spreadsheet-import-en");
  await english.context.close();
});

test("the sheet's verdicts are drafts: reviewers verify, an editor approves", async ({ browser }) => {
  test.setTimeout(120_000);
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await reviewer.page.goto(bulletinPath);
  for (const key of KEY.slice(0, 2)) {
    const panel = await openClaim(reviewer.page, key);
    // The verdict written in the sheet is chosen already; its source URL is attached, not fetched.
    await expect(panel.getByRole("radio", { name: /Unverifiable/ })).toBeChecked();
    await expect(panel.getByTestId("sources")).toContainText(/city\.example\.gov\.cn|news\.example\.cn/);
    await propose(reviewer.page, /Unverifiable/, "No public record of the statement.");
    await expect(panel).toContainText("In review");
  }
  await reviewer.context.close();
  const editor = await userContext(browser, EDITOR2.email, EDITOR2.password);
  await editor.page.goto(bulletinPath);
  for (const key of KEY.slice(0, 2)) {
    await openClaim(editor.page, key);
    await editor.page.getByTestId("claim-panel").getByRole("button", { name: "Approve" }).click();
    await expect(editor.page.getByTestId("claim-panel")).toContainText("Verified");
  }
  await editor.context.close();
});

test("verified is not public: the share link shows only what an editor publishes", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${reportPath}?scope=all`);
  await expect(page.getByTestId("report-counts")).toHaveText("2 of 3 claims verified · 0 published · 3 in this report");
  await expect(page.getByTestId("published-badge")).toHaveText(["Not published", "Not published"]);
  await page.getByRole("button", { name: "Create share link" }).click();
  shareUrl = await page.getByLabel("Share read-only").inputValue();

  // A reader with a Chinese browser and no chosen language.
  const anonymous = await browser.newContext({ locale: "zh-CN" });
  const reader = await anonymous.newPage();
  await reader.goto(shareUrl);
  await expect(reader.getByTestId("report-claim")).toHaveCount(0);
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0);
  // Asking for every claim changes nothing in public.
  await reader.goto(`${shareUrl}?scope=all`);
  await expect(reader.getByTestId("report-claim")).toHaveCount(0);

  // Publish one claim.
  const first = page.getByTestId("report-claim").filter({ hasText: KEY[0] });
  await first.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 1." })).toBeVisible();
  await expect(first.getByTestId("published-badge")).toContainText("Published");
  await reader.goto(shareUrl);
  await expect(reader.getByTestId("report-claim")).toHaveCount(1);
  // A reader without a chosen language reads in the browser's language; the bulletin's decides nothing.
  await expect(reader.getByTestId("report-counts")).toHaveText("3 条声明中已发布 1 条");
  const markup = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
  expect(markup).toHaveLength(1);
  expect(markup[0].datePublished).toBe(new Date().toISOString().slice(0, 10));
  expect(markup[0].url).toMatch(/\/share\/share_[^/]+\/claims\//);

  // Publish all verified, then take one back.
  await page.getByRole("button", { name: /Publish all verified/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 1." })).toBeVisible();
  await reader.goto(shareUrl);
  await expect(reader.getByTestId("report-claim")).toHaveCount(2);
  await page.getByTestId("report-claim").filter({ hasText: KEY[1] }).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Unpublish selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished: 1." })).toBeVisible();
  await reader.goto(shareUrl);
  await expect(reader.getByTestId("report-claim")).toHaveCount(1);
  await reader.setViewportSize({ width: 1440, height: 900 });
  await shot(reader, "shared-report-zh");
  await anonymous.addCookies([{ name: "claimdesk-locale", value: "en", url: new URL(shareUrl).origin }]);
  await reader.reload();
  await expect(reader.getByTestId("report-counts")).toHaveText("1 of 3 claims published");
  await shot(reader, "shared-report-en");
  await page.goto(`${reportPath}?scope=all`);
  await shot(page, "report-publishing-en");

  // The report, and so publishing, is for editors: a reviewer is refused (the access matrix calls the actions too).
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password, "zh");
  expect((await reviewer.page.goto(`${reportPath}?scope=all`))?.status()).toBe(403);
  await expect(reviewer.page.getByRole("button", { name: "发布所选" })).toHaveCount(0);
  await reviewer.context.close();
  const chinese = await userContext(browser, EDITOR.email, EDITOR.password, "zh");
  await chinese.page.setViewportSize({ width: 1440, height: 900 });
  await chinese.page.goto(`${reportPath}?scope=all`);
  await expect(chinese.page.getByRole("button", { name: "发布所选" })).toBeVisible();
  await shot(chinese.page, "report-publishing-zh");
  await chinese.context.close();
  await anonymous.close();
  await context.close();
});

test("downloads are named after the bulletin, in Chinese, and read back", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto(`${reportPath}?scope=all`);
  const download = async (label: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label, exact: true }).click()]);
    return { name: file.suggestedFilename(), path: await file.path() };
  };
  const xlsx = await download("Spreadsheet (XLSX)");
  expect(xlsx.name).toBe("同舟共济-守望相助-2020-05-01-claims.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(xlsx.path) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["声明", "数字", "证据", "来源"]);
  expect(book.getWorksheet("声明")!.rowCount).toBe(4);
  expect(book.getWorksheet("来源")!.rowCount).toBe(1);

  const claims = await download("CSV: claims");
  expect(claims.name).toBe("同舟共济-守望相助-2020-05-01-claims.csv");
  const rows = parse(readFileSync(claims.path, "utf8"), { bom: true, columns: true }) as Record<string, string>[];
  // Cleaning keeps Chinese punctuation as written.
  expect(rows.map((r) => r.statement)).toEqual(CLAIMS);
  const figures = await download("CSV: figures");
  expect(figures.name).toBe("同舟共济-守望相助-2020-05-01-figures.csv");
  expect((parse(readFileSync(figures.path, "utf8"), { bom: true, columns: true }) as unknown[]).length).toBeGreaterThan(0);
  const markdown = await download("Markdown");
  expect(markdown.name).toBe("同舟共济-守望相助-2020-05-01-report.md");
  // The title reads as the desk wrote it, without backslashes.
  expect(readFileSync(markdown.path, "utf8").split("\n")[0]).toBe(`# ${TITLE}`);
  await context.close();
});

test("a published claim has a share card in each language, and it is its page's Open Graph image", async ({ browser }) => {
  test.setTimeout(120_000);
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(shareUrl);
  const claim = reader.getByTestId("report-claim").first();
  const cardLink = claim.getByRole("link", { name: "1200 × 675" });
  const card = (await cardLink.getAttribute("href"))!;
  await claim.locator("a.claim-number").click();
  await expect(reader).toHaveURL(/\/claims\/[\w-]+$/);
  const og = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBe(new URL(card, reader.url()).href);
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  // The card drawn into the page: look at it in both languages.
  const preview = reader.locator("img.share-card-preview");
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBe(1200);
  await reader.setViewportSize({ width: 1440, height: 900 });
  await shot(reader, "shared-claim-zh");
  await anonymous.addCookies([{ name: "claimdesk-locale", value: "en", url: new URL(reader.url()).origin }]);
  await reader.reload();
  await expect(reader.getByRole("link", { name: /Whole report/ })).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 }).toBe(1200);
  await shot(reader, "shared-claim-en");

  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [lang, size, width, height] of [["zh", "landscape", 1200, 675], ["en", "landscape", 1200, 675], ["zh", "square", 1080, 1080], ["en", "square", 1080, 1080]] as const) {
    const response = await anonymous.request.get(`${card.replace("size=landscape", `size=${size}`)}&lang=${lang}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    const image = PNG.sync.read(png);
    expect([image.width, image.height]).toEqual([width, height]);
    writeFileSync(`${SCREENSHOTS}/share-card-${lang}-${size}.png`, png);
  }
  expect((await anonymous.request.get(card.replace("size=landscape", "size=huge"))).status()).toBe(400);

  // An unpublished claim has no card, in public or inside the desk.
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);
  await editor.page.goto(`${reportPath}?scope=all`);
  const unpublished = editor.page.getByTestId("report-claim").filter({ hasText: KEY[1] });
  const claimId = (await unpublished.getAttribute("id"))!.replace("claim-", "");
  expect((await editor.page.request.get(`/api/v1/claims/${claimId}/card`)).status()).toBe(404);
  expect((await anonymous.request.get(card.replace(/claims\/[^/]+\/card/, `claims/${claimId}/card`))).status()).toBe(404);
  const published = editor.page.getByTestId("report-claim").filter({ hasText: KEY[0] });
  const internal = (await published.getByRole("link", { name: "1200 × 675" }).getAttribute("href"))!;
  expect((await editor.page.request.get(internal)).status()).toBe(200);
  expect((await anonymous.request.get(internal)).status()).toBe(401);
  await editor.context.close();
  await anonymous.close();
});

test("the printed report has margins, the title on every page and page numbers", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password, "zh");
  await page.goto(`${reportPath}?scope=all`);
  await page.emulateMedia({ media: "print" });
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.pdf({ path: `${SCREENSHOTS}/report-print.pdf`, preferCSSPageSize: true, printBackground: true });
  if (existsSync("/usr/bin/pdftotext")) {
    const pages = execFileSync("pdftotext", ["-layout", `${SCREENSHOTS}/report-print.pdf`, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(TITLE);
      expect(text, `page ${i + 1}`).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", `${SCREENSHOTS}/report-print.pdf`, `${SCREENSHOTS}/report-print`]);
  }
  await context.close();
});
