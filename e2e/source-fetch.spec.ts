import { expect, test, type Page } from "@playwright/test";
import { WARCParser } from "warcio";
import { ensureUser, importPasted, openClaim, screenshot, userContext } from "./helpers";
import { sourceServer, type SourceServer } from "./source-server";

// Attach source → From a URL, against a web server the test runs on 127.0.0.1 (allowed for the app
// servers by SOURCE_FETCH_ALLOW_HOSTS); Fetch again; the stored copy's WARC.

const EDITOR = { name: "Fen Editor", email: "fen.editor@newsroom.test", password: "editor password", role: "EDITOR" };
const REVIEWER = { name: "Fei Reviewer", email: "fei.reviewer@newsroom.test", password: "reviewer password", role: "REVIEWER" };
const BULLETIN = "一季度全市新建学校约12所。全年接待游客约三百二十万人次。";
const release = (schools: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>市教育局一季度通报</title></head><body>` +
  `<nav>首页 | 通知公告 | 联系我们</nav><article><h1>一季度教育设施建设情况</h1><p>一季度全市新建学校${schools}所，新增学位约一万个。</p>` +
  `<p>各区按计划推进项目建设，新建学校均已通过验收。</p></article><footer>版权所有</footer></body></html>`;

test.describe.configure({ mode: "serial" });

let bulletinUrl = "";
let server: SourceServer;

test.beforeAll(async ({ browser }) => {
  server = await sourceServer();
  server.pages.set("/release.html", { body: release("12"), etag: '"r1"' });
  server.pages.set("/zh-release.html", { body: release("12").replace("市教育局一季度通报", "区统计局通报"), etag: '"z1"' });
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  bulletinUrl = await importPasted(browser, EDITOR, "Fetched sources", BULLETIN);
});

async function phoneShot(page: Page, name: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-phone`);
  if (viewport) await page.setViewportSize(viewport);
}

test("a reviewer attaches a page by URL, fetches it again, and downloads its WARC (English)", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "新建学校约12所");

  await panel.getByRole("button", { name: "Attach source" }).click();
  const dialog = page.getByRole("dialog", { name: "Attach source" });
  // A cloud metadata address is refused, and says why.
  await dialog.getByLabel("URL", { exact: true }).fill("http://169.254.169.254/latest/meta-data/");
  await dialog.getByRole("button", { name: "Fetch and save" }).click();
  await expect(dialog.locator("p.alert.error")).toContainText("169.254.169.254 is a cloud metadata address");
  await screenshot(page, "source-fetch-refused-en");
  await phoneShot(page, "source-fetch-refused-en");

  // The release, reached through a redirect; the title is read from the page.
  await dialog.getByLabel("URL", { exact: true }).fill(`${server.origin}/go/release.html`);
  await screenshot(page, "source-fetch-dialog-en");
  await dialog.getByRole("button", { name: "Fetch and save" }).click();
  await expect(dialog).toHaveCount(0);
  const item = panel.getByTestId("sources").locator("li", { hasText: "市教育局一季度通报" });
  await expect(item).toBeVisible();

  await item.getByRole("button", { name: "Read and quote" }).click();
  const viewer = page.getByTestId("source-viewer");
  await expect(viewer.getByTestId("source-text")).toContainText("一季度全市新建学校12所");

  // Unchanged (the server answers 304 to the stored ETag): no new snapshot.
  await viewer.getByTestId("fetch-again").click();
  await expect(viewer.getByRole("status")).toContainText("has not changed");
  // Changed: a new snapshot, shown in the viewer.
  server.pages.set("/release.html", { body: release("13"), etag: '"r2"' });
  await viewer.getByTestId("fetch-again").click();
  await expect(viewer.getByRole("status")).toContainText("a new snapshot was stored");
  await expect(viewer.getByTestId("source-text")).toContainText("一季度全市新建学校13所");
  await screenshot(page, "source-fetch-again-en");

  // The stored copy names where it came from and offers its WARC.
  const sourceId = await page.evaluate(async () => {
    const body = (await (await fetch("/api/v1/sources?q=" + encodeURIComponent("市教育局一季度通报"))).json()) as { data: { id: string }[] };
    return body.data[0].id;
  });
  const source = (await (await page.request.get(`/api/v1/sources/${sourceId}`)).json()) as { data: { snapshot: { id: string } } };
  await page.goto(`/sources/${sourceId}/snapshots/${source.data.snapshot.id}`);
  const archive = page.getByTestId("snapshot-archive");
  await expect(archive).toContainText(`Fetched from ${server.origin}/release.html`);
  await expect(archive).toContainText("HTTP 200");
  await screenshot(page, "source-snapshot-archive-en");
  await phoneShot(page, "source-snapshot-archive-en");
  const download = await page.request.get(await archive.getByRole("link", { name: "Download as WARC" }).getAttribute("href") ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/warc");
  const types: string[] = [];
  let payload = "";
  for await (const record of new WARCParser([new Uint8Array(await download.body())])) {
    types.push(record.warcType ?? "");
    if (record.warcType === "response") {
      expect(record.warcTargetURI).toBe(`${server.origin}/release.html`);
      payload = new TextDecoder().decode(await record.readFully(true));
    }
  }
  expect(types).toEqual(["warcinfo", "response", "request"]);
  expect(payload).toBe(release("13"));
  await context.close();
});

test("the same in Chinese: labels, a refusal and the stored copy", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password, "zh");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "全年接待游客约三百二十万人次");
  await panel.getByRole("button", { name: "附加来源" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("链接", { exact: true }).fill("http://10.0.0.1/report");
  await dialog.getByRole("button", { name: "抓取并保存" }).click();
  await expect(dialog.locator("p.alert.error")).toContainText("10.0.0.1 属于内网地址");
  await screenshot(page, "source-fetch-refused-zh");
  await phoneShot(page, "source-fetch-refused-zh");
  await dialog.getByLabel("链接", { exact: true }).fill(`${server.origin}/zh-release.html`);
  await dialog.getByRole("button", { name: "抓取并保存" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId("sources")).toContainText("区统计局通报");
  await screenshot(page, "source-fetch-attached-zh");
  await context.close();
});
