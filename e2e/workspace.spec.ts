import { expect, test, type Page } from "@playwright/test";
import { makeDocx } from "../lib/ingest/fixtures/make-docx";
import { CHINESE_BULLETIN, DOCX_PARAGRAPHS, PASTED_BULLETIN, PDF_HTML } from "./fixtures";
import { ensureUser, screenshot, userContext, widerThanScreen } from "./helpers";

const EDITOR = { name: "Eve Editor", email: "eve@newsroom.test", password: "editor password", role: "EDITOR" };
const EDITOR2 = { name: "Ed Second", email: "ed2@newsroom.test", password: "editor2 password", role: "EDITOR" };
const REVIEWER = { name: "Rae Reviewer", email: "rae@newsroom.test", password: "reviewer password", role: "REVIEWER" };

test.describe.configure({ mode: "serial" });

let bulletinUrl = "";

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, EDITOR2, REVIEWER]) await ensureUser(browser, user);
});

async function fillMeta(page: Page, title: string) {
  await page.goto("/bulletins/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Publisher").fill("City Office");
  await page.getByLabel("Publication date").fill("2024-04-30");
}

async function row(page: Page, text: string | RegExp) {
  return page.getByTestId("queue-row").filter({ hasText: text }).first();
}

test("an editor imports a pasted bulletin and undoes a cleaning change", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await fillMeta(page, "City building report");
  await page.getByLabel("Paste the text").fill(PASTED_BULLETIN);
  await page.getByRole("button", { name: "Clean and preview" }).click();

  const changes = page.locator(".change-list li");
  await expect(changes.first()).toBeVisible();
  await expect(page.locator(".change-list")).toContainText("watermark");
  // Undo the traditional → simplified change: the bulletin keeps 齊.
  const traditional = changes.filter({ hasText: "traditional character" });
  await traditional.getByRole("button", { name: /Undo/ }).click();
  await expect(traditional).toHaveClass(/undone/);
  await page.getByRole("button", { name: "Create bulletin" }).click();

  await expect(page).toHaveURL(/\/bulletins\/(?!new)[\w-]+$/);
  bulletinUrl = new URL(page.url()).pathname;
  const text = page.getByTestId("bulletin-text");
  await expect(text).toContainText("齊心协力");
  await expect(text).not.toContainText("精品文档");
  await expect(text).toContainText("经济运行总体平稳");
  await expect(await row(page, "4.5万平方米")).toBeVisible();
  await context.close();
});

test("an editor imports a .docx and a .pdf made by the test", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await fillMeta(page, "Transport brief");
  await page.getByLabel(/upload a file/).setInputFiles({
    name: "transport.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await makeDocx(DOCX_PARAGRAPHS)),
  });
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await expect(page.locator(".preview-text")).toContainText("日均客运量约95万人次");
  await page.getByRole("button", { name: "Create bulletin" }).click();
  await expect(await row(page, "95万人次")).toBeVisible();

  const printer = await context.newPage();
  await printer.setContent(PDF_HTML);
  const pdf = await printer.pdf({ format: "A4" });
  await printer.close();
  await fillMeta(page, "Health brief");
  await page.getByLabel(/upload a file/).setInputFiles({ name: "health.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await expect(page.locator(".preview-text")).toContainText("1260");
  await page.getByRole("button", { name: "Create bulletin" }).click();
  await expect(await row(page, "1260")).toBeVisible();

  // A file of the wrong type gets a clear message and nothing is stored.
  await fillMeta(page, "Not a bulletin");
  await page.getByLabel(/upload a file/).setInputFiles({ name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) });
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await expect(page.locator("p.alert.error")).toBeVisible();
  await page.goto("/bulletins");
  await expect(page.getByText("Not a bulletin")).toHaveCount(0);
  await expect(page.getByText("Health brief")).toBeVisible();
  await context.close();
});

test("a reviewer proposes, the proposer cannot approve, a second editor approves", async ({ browser }) => {
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await reviewer.page.goto(bulletinUrl);
  await (await row(reviewer.page, "以人民为中心")).getByRole("button").click();
  const panel = reviewer.page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Start working" }).click();
  await expect(panel).toContainText("In progress");
  await reviewer.page.keyboard.press("1");
  await expect(panel.getByRole("radio", { name: /Accurate/ }).first()).toBeChecked();
  // Keyboard 5 picks "unverifiable": a quote with no source yet needs no evidence for that verdict.
  await reviewer.page.keyboard.press("5");
  await expect(panel.getByRole("radio", { name: /Unverifiable/ })).toBeChecked();
  await panel.getByLabel("Rationale").fill("No recording of the speech could be found.");
  await panel.getByRole("button", { name: "Propose verdict" }).click();
  await expect(panel).toContainText("In review");
  await expect(panel.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // An editor who proposed a verdict sees that a second person must approve it.
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);
  await editor.page.goto(bulletinUrl);
  await (await row(editor.page, "普遍表示满意")).getByRole("button").click();
  const editorPanel = editor.page.getByTestId("claim-panel");
  await editorPanel.getByRole("radio", { name: /Unverifiable/ }).check();
  await editorPanel.getByLabel("Rationale").fill("No survey of residents is published.");
  await editorPanel.getByRole("button", { name: "Propose verdict" }).click();
  await expect(editorPanel).toContainText("a second person must review it");
  await expect(editorPanel.getByRole("button", { name: "Approve" })).toBeDisabled();

  // The reviewer's claim: the editor approves it.
  await (await row(editor.page, "以人民为中心")).getByRole("button").click();
  await editorPanel.getByRole("button", { name: "Approve" }).click();
  await expect(editorPanel).toContainText("Verified");
  await expect(editorPanel).toContainText(`Approved by${EDITOR.name}`);

  // The history reads who did what.
  await expect(editorPanel.getByTestId("history")).toContainText("approve");
  await expect(editorPanel.getByTestId("history")).toContainText(REVIEWER.name);
  await reviewer.context.close();
  await editor.context.close();
});

test("an editor assigns claims at once; the reviewer finds them in My queue", async ({ browser }) => {
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);
  await editor.page.goto(bulletinUrl);
  for (const text of ["学校约12所", "2000万元"]) await (await row(editor.page, text)).getByRole("checkbox").check();
  const bar = editor.page.getByRole("toolbar");
  await expect(bar).toContainText("2 selected");
  await bar.getByLabel("Assign to").selectOption({ label: REVIEWER.name });
  await bar.getByRole("button", { name: "Assign" }).click();
  await expect(bar).toHaveCount(0);
  await expect(await row(editor.page, "学校约12所")).toContainText(REVIEWER.name);
  await editor.context.close();

  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await reviewer.page.getByRole("link", { name: "My queue" }).click();
  const queue = reviewer.page.getByTestId("my-queue");
  await expect(queue).toContainText("学校约12所");
  await expect(queue).toContainText("2000万元");
  await queue.getByRole("link", { name: /2000万元/ }).click();
  await expect(reviewer.page.getByTestId("claim-panel")).toContainText("2000万元");
  await reviewer.context.close();
});

test("a change in one browser appears in another without reload", async ({ browser }) => {
  const a = await userContext(browser, EDITOR.email, EDITOR.password);
  const b = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await a.page.goto(bulletinUrl);
  await b.page.goto(bulletinUrl);
  const target = await row(b.page, "两百多名");
  await expect(target.locator(".dot")).toHaveClass(/status-UNVERIFIED/);

  await (await row(a.page, "两百多名")).getByRole("button").click();
  await a.page.getByTestId("claim-panel").getByRole("button", { name: "Start working" }).click();
  await expect(a.page.getByTestId("claim-panel")).toContainText("In progress");

  await expect(target.locator(".dot")).toHaveClass(/status-IN_PROGRESS/, { timeout: 8_000 });
  await a.context.close();
  await b.context.close();
});

test("a stale write shows the conflict and keeps the reviewer's input", async ({ browser }) => {
  const a = await userContext(browser, EDITOR2.email, EDITOR2.password);
  const b = await userContext(browser, REVIEWER.email, REVIEWER.password);
  for (const { page } of [a, b]) {
    await page.goto(bulletinUrl);
    await (await row(page, "落实城市更新")).getByRole("button").click();
  }
  // b's live refresh is held back (a slow network), so b still shows the old version when saving.
  await b.page.route("**/changes?*", (route) => route.abort());
  const bPanel = b.page.getByTestId("claim-panel");
  await a.page.getByTestId("claim-panel").getByRole("button", { name: "Start working" }).click();
  await expect(a.page.getByTestId("claim-panel")).toContainText("In progress");
  await bPanel.getByRole("radio", { name: /Unverifiable/ }).check();
  await bPanel.getByLabel("Rationale").fill("The districts publish no reports on this.");
  await bPanel.getByRole("button", { name: "Propose verdict" }).click();

  const notice = bPanel.getByTestId("claim-notice");
  await expect(notice).toContainText("Someone else changed this claim");
  await expect(notice).toContainText(EDITOR2.name);
  await expect(bPanel.getByLabel("Rationale")).toHaveValue("The districts publish no reports on this.");
  await expect(bPanel.getByRole("radio", { name: /Unverifiable/ })).toBeChecked();
  // Applying it again on the new version works.
  await bPanel.getByRole("button", { name: "Propose verdict" }).click();
  await expect(bPanel).toContainText("In review");
  await a.context.close();
  await b.context.close();
});

test("keyboard: j/k move through the queue, ? lists the shortcuts", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await page.goto(bulletinUrl);
  await page.keyboard.press("j");
  const current = page.locator('[data-testid="queue-row"][aria-current="true"]');
  const first = await current.textContent();
  await page.keyboard.press("j");
  await expect(current).not.toHaveText(first ?? "");
  await page.keyboard.press("k");
  await expect(current).toHaveText(first ?? "");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await context.close();
});

test("the workspace with a long Chinese bulletin, in Chinese", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password, "zh");
  await page.goto("/bulletins/new");
  await page.getByLabel("标题").fill("携手抗疫共克时艰");
  await page.getByLabel("发布日期").fill("2020-05-12");
  await page.getByLabel("粘贴文本").fill(CHINESE_BULLETIN);
  await page.getByRole("button", { name: "清理并预览" }).click();
  await expect(page.locator(".preview-text")).toBeVisible();
  await screenshot(page, "import-preview-zh");
  await page.getByRole("button", { name: "创建公报" }).click();

  // Cleaned: the watermark gone, words cut by page numbers whole, the traditional characters simplified.
  const text = page.getByTestId("bulletin-text");
  await expect(text).toBeVisible();
  await expect(text).not.toContainText("精品文档");
  await expect(text).toContainText("国际合作不断深入");
  await expect(text).toContainText("高度赞扬");
  await expect(text).toContainText("万众一心");
  // An unpaired quote is closed at the end of its sentence, not deleted.
  await expect(text).toContainText("弘扬“抗疫精神");
  await expect(page.getByTestId("status-counts")).toContainText("未核实 20");

  // The export listing: one claim per figure, each repeating the shared date range, with exact values.
  const queue = page.getByTestId("claim-queue");
  await page.getByLabel("含数字").check();
  for (const statement of ["从4月1日至5月10日,我国共出口医用手套约45亿副", "从4月1日至5月10日,我国共出口隔离衣2.36亿件", "从4月1日至5月10日,我国共出口无创呼吸机3.1万台"]) {
    await expect(queue.getByRole("button", { name: statement })).toHaveCount(1);
  }
  await queue.getByRole("button", { name: "从4月1日至5月10日,我国共出口隔离衣2.36亿件" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByTestId("figure-2.36亿件")).toContainText("236,000,000 件");
  await expect(panel.getByTestId("figure-4月1日至5月10日")).toContainText("2020年4月1日 – 2020年5月10日");
  await queue.getByRole("button", { name: /捐款3000万美元/ }).click();
  await expect(panel.getByTestId("figure-3000万美元")).toContainText("30,000,000 USD");
  await screenshot(page, "workspace-zh");

  // The list-count checks: the one that fails is flagged in the queue and explained in the panel.
  await page.getByLabel("一致性检查未通过").check();
  await expect(page.getByTestId("queue-row")).toHaveCount(1);
  await page.getByTestId("queue-row").getByRole("button").click();
  await expect(panel).toContainText("我们同菲律宾、马来西亚、新加坡共4个国家签署了卫生合作文件。");
  await expect(panel.locator(".findings li.bad")).toContainText("声称 4 · 列出 3");
  await page.getByLabel("一致性检查未通过").uncheck();
  await queue.getByRole("button", { name: /共8个国家派出10支医疗队/ }).click();
  await expect(panel.locator(".findings li.ok")).toContainText("声称 8 · 列出 8");

  // A quote with its speaker.
  await page.getByLabel("含数字").uncheck();
  await queue.getByRole("button", { name: /世卫组织总干事表示/ }).click();
  await expect(panel.locator(".panel-head")).toContainText("引语");
  await expect(panel.locator("dl.facts")).toContainText("世卫组织总干事");

  await page.goto("/bulletins");
  await screenshot(page, "bulletin-list-zh");
  await context.close();
});

test("a member with a very long name does not widen the workspace on a phone", async ({ browser }) => {
  // A select is as wide as its longest option: the assignee lists hold every member's name.
  await ensureUser(browser, { name: `Hubert ${"Wolfeschlegelsteinhausenbergerdorff".repeat(2)}Blainecharles`, email: "long.name@newsroom.test", password: "long name password", role: "REVIEWER" });
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(bulletinUrl);
  await page.getByTestId("queue-row").first().locator("input[type=checkbox]").check();
  await expect(page.getByTestId("bulk-bar")).toBeVisible();
  await page.getByTestId("queue-row").first().getByRole("button").click();
  await expect(page.getByTestId("claim-panel")).toBeVisible();
  await expect.poll(() => widerThanScreen(page)).toEqual([]);
  await screenshot(page, "workspace-long-name-390");
  await context.close();
});
