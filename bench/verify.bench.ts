/**
 * npm run bench:verify: one reviewer verifies a 27-figure Chinese bulletin on the figure board, in a
 * real browser against the built app on a fresh SQLite database, and the bench prints the user
 * actions (clicks and keys) per figure and the wall time. The bulletin and both sources are our own
 * text: a statistics release as an HTML page, fetched by URL from an HTTP server the bench starts
 * (allowed by SOURCE_FETCH_ALLOW_HOSTS), and a CSV table uploaded. Setting up (users, the import)
 * is not counted; counted is everything after: the reviewer attaches both sources to the bulletin,
 * accepts all shown on the board, marks with one key each figure no source states, and proposes
 * every ready claim with its drafted rationale after one confirmation; an editor then approves each
 * proposal in the workspace (a, then j to the next). Every page opened counts as one action too.
 * Target: at most 3 actions a figure, under 2 minutes.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { startServer } from "./server";
import { hashPassword } from "@/lib/auth/password";
import { importBulletin } from "@/lib/bulletins/import";
import { createDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".tmp", "bench-verify");
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const PASSWORD = "bench password 1234";

const BULLETIN = [
  "全年全市地区生产总值约5230亿元，同比增长5.2%。",
  "全市常住人口达到862万人。",
  "全年新增城镇就业12.4万人，城镇调查失业率为5.1%。",
  "全市粮食产量约186万吨。",
  "规模以上工业增加值增长6.8%。",
  "社会消费品零售总额2150亿元，增长4.3%。",
  "全年接待游客9800万人次，旅游收入约1020亿元。",
  "全市新建学校46所，新增学位5.2万个。",
  "新建公园21座，新增绿地面积380万平方米。",
  "全市新能源汽车保有量达到31.5万辆。",
  "全年完成造林面积2.6万亩。",
  "新开通公交线路38条，新增公交车620辆。",
  "全市医院床位达到5.9万张，每千人口执业医师3.4人。",
  "全市居民人均可支配收入52300元，增长5.6%。",
  "全年进出口总额约3100亿元，其中出口1850亿元。",
  "全市5G基站总数达到4.2万个。",
  "全年空气质量优良天数312天。",
].join("\n");

const RELEASE_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>市统计局年度统计公报</title></head><body><article>
<h1>市统计局年度统计公报</h1>
<p>全年全市地区生产总值5231.6亿元，比上年增长5.2%。年末常住人口862万人。</p>
<p>全年城镇新增就业12.4万人，城镇调查失业率5.1%。规模以上工业增加值比上年增长6.8%。</p>
<p>社会消费品零售总额2150亿元，增长4.3%。全年接待游客9800万人次，实现旅游收入986亿元。</p>
<p>全年新建学校46所，新增学位5.2万个。新建公园21座，新增绿地面积380万平方米。</p>
<p>新开通公交线路38条，新增公交车620辆。年末全市医院床位5.9万张。</p>
<p>全市居民人均可支配收入52300元，增长5.6%。全年进出口总额3096亿元，其中出口1850亿元。全年空气质量优良天数312天。</p>
</article></body></html>`;

const TABLE = "全市主要指标\n指标,数值\n粮食产量(万吨),185.7\n新能源汽车保有量(万辆),31.5\n造林面积(万亩),2.6\n5G基站(万个),4.2\n";

/** The release, served as a newsroom's source site would serve it. */
function releaseServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(RELEASE_HTML));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/gongbao.html`,
    close: () => new Promise((r) => server.close(() => r())),
  })));
}

let actions = 0;
const click = async (locator: ReturnType<Page["locator"]>) => { actions++; await locator.click(); };
const press = async (page: Page, key: string) => { actions++; await page.keyboard.press(key); };

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const url = `file:${path.join(work, "claimdesk.db")}`;
  await migrateDatabase(url, { log: () => {} });
  const db = createDb(url);
  const passwordHash = await hashPassword(PASSWORD);
  const editor = await db.user.create({ data: { email: "editor@bench.test", name: "Bench Editor", passwordHash, role: "EDITOR" }, select: { id: true } });
  await db.user.create({ data: { email: "reviewer@bench.test", name: "Bench Reviewer", passwordHash, role: "REVIEWER" }, select: { id: true } });
  const { id: bulletinId } = await importBulletin(db, { id: editor.id, role: "EDITOR", active: true }, { title: "全市年度数据", publisher: undefined, language: "zh", originalText: BULLETIN, rejectedChanges: [] });
  const figures = await db.figure.count({ where: { claim: { bulletinId, dismissed: false } } });
  const claims = await db.claim.count({ where: { bulletinId, dismissed: false, figures: { some: {} } } });

  const release = await releaseServer();
  process.env.SOURCE_FETCH_ALLOW_HOSTS = "127.0.0.1";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  const server = await startServer({ dataDir: path.join(work, "data"), databaseUrl: url, port: PORT });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const signedIn = async (email: string) => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies([{ name: "claimdesk-locale", value: "en", url: server.origin }]);
      const page = await context.newPage();
      await page.goto(`${server.origin}/signin`);
      await page.getByLabel(/Email/).fill(email);
      await page.getByLabel(/^Password$/).fill(PASSWORD);
      await page.getByRole("button", { name: /^Sign in$/ }).click();
      await page.waitForURL(/\/bulletins/);
      return { context, page };
    };
    const goto = async (page: Page, pathname: string) => { actions++; await page.goto(`${server.origin}${pathname}`); };
    const fill = async (locator: ReturnType<Page["locator"]>, text: string) => { actions++; await locator.fill(text); };

    const { page } = await signedIn("reviewer@bench.test");
    const started = performance.now();
    // The bulletin's two sources, as a reviewer attaches them: the release by its URL (the server
    // fetches and archives it), the table as an uploaded CSV.
    await goto(page, `/bulletins/${bulletinId}`);
    const sources = page.getByTestId("bulletin-sources");
    await click(sources.getByRole("button", { name: "Attach source" }));
    let dialog = page.getByRole("dialog", { name: "Attach source" });
    await fill(dialog.getByLabel("URL", { exact: true }), release.url);
    await click(dialog.getByRole("button", { name: "Fetch and save" }));
    await dialog.waitFor({ state: "detached", timeout: 30_000 });
    await click(sources.getByRole("button", { name: "Attach source" }));
    dialog = page.getByRole("dialog", { name: "Attach source" });
    await fill(dialog.getByLabel("Title", { exact: true }), "全市主要指标表");
    actions++;
    await dialog.getByLabel(/or upload it/).setInputFiles({ name: "indicators.csv", mimeType: "text/csv", buffer: Buffer.from(TABLE) });
    await click(dialog.getByRole("button", { name: "Save source" }));
    await dialog.waitFor({ state: "detached", timeout: 30_000 });
    await sources.getByText("全市主要指标表").waitFor();

    await goto(page, `/bulletins/${bulletinId}/figures`);
    const board = page.getByTestId("figure-board");
    await board.waitFor();
    // Accept all shown, confirmed once.
    await click(page.getByRole("button", { name: "Accept all shown" }));
    await click(page.getByRole("dialog").getByRole("button", { name: "Accept all shown" }));
    await page.getByTestId("board-notice").waitFor();
    const acceptedAll = await page.getByTestId("board-notice").textContent();
    // What no source states: show those, and mark each not found with n (the focus moves on by itself).
    await goto(page, `/bulletins/${bulletinId}/figures?result=not-found`);
    await page.getByText(/ of \d+ figures shown/).waitFor();
    const unfound = await board.locator("tbody tr[data-figure]").count();
    for (let i = 0; i < unfound; i++) {
      const row = board.locator("tbody tr[data-figure]").nth(i);
      if (await row.getByTestId("stored-check").count()) continue;
      await press(page, "n");
      await row.getByTestId("stored-check").waitFor();
    }
    // Every claim whose figures are all checked, proposed at once with its drafted verdict and rationale.
    await goto(page, `/bulletins/${bulletinId}/figures`);
    await board.waitFor();
    await click(page.getByRole("button", { name: /^Propose every ready claim/ }));
    await click(page.getByRole("dialog").getByRole("button", { name: "Propose every ready claim" }));
    await page.getByTestId("board-notice").filter({ hasText: /proposed for review/ }).waitFor({ timeout: 60_000 });
    const proposed = await db.claim.count({ where: { bulletinId, status: "IN_REVIEW" } });
    const reviewerActions = actions;

    // A second person approves each proposal in the workspace: the claims in review, a to approve, j to the next.
    const editorView = await signedIn("editor@bench.test");
    await goto(editorView.page, `/bulletins/${bulletinId}`);
    actions++;
    await editorView.page.getByLabel("Status", { exact: true }).selectOption("IN_REVIEW");
    await press(editorView.page, "j");
    for (let approved = 0; approved < proposed; approved++) {
      await editorView.page.getByTestId("proposal").waitFor();
      await press(editorView.page, "a");
      for (const until = Date.now() + 20_000; (await db.claim.count({ where: { bulletinId, status: "VERIFIED" } })) <= approved; ) {
        if (Date.now() > until) throw new Error(`approval ${approved + 1} of ${proposed} was not stored`);
        await new Promise((r) => setTimeout(r, 50));
      }
      if (approved + 1 < proposed) await press(editorView.page, "j");
    }
    const seconds = (performance.now() - started) / 1000;
    const verified = await db.claim.count({ where: { bulletinId, status: "VERIFIED" } });
    const checks = await db.figure.groupBy({ by: ["check"], where: { claim: { bulletinId, dismissed: false } }, _count: true });
    const unchecked = checks.find((c) => c.check === "UNCHECKED")?._count ?? 0;
    console.log(`bench:verify — ${figures} figures in ${claims} claims; sources: an HTML release fetched by URL and a CSV table`);
    console.log(`  accept all shown → "${acceptedAll}"; marked not found by key: ${unfound}; proposed: ${proposed}; approved by the editor: ${verified}; figures left unchecked: ${unchecked}`);
    console.log(`  stored checks: ${checks.map((c) => `${c.check} ${c._count}`).join(", ")}`);
    console.log(`  user actions: ${actions} in all (reviewer ${reviewerActions}, attaching both sources included; editor ${actions - reviewerActions}) = ${(actions / figures).toFixed(2)} a figure (target ≤ 3)`);
    console.log(`  wall time: ${seconds.toFixed(1)} s (target < 120 s)`);
    if (unchecked > 0 || proposed !== claims || verified !== claims) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
    await release.close();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
