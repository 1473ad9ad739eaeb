import type { Locator, Page } from "@playwright/test";

// The flow bench:verify measures and its browser test (e2e/verify-bulletin.spec.ts) asserts: a
// reviewer attaches a bulletin's two sources (a release by URL, a table as CSV), decides every
// figure on the board and proposes every claim; an editor approves each. Every user action (a
// click, a key, a field filled, a file chosen, a page opened) is counted. Our own text, no real city.

export const VERIFY_BULLETIN = [
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

export const VERIFY_RELEASE_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>市统计局年度统计公报</title></head><body><article>
<h1>市统计局年度统计公报</h1>
<p>全年全市地区生产总值5231.6亿元，比上年增长5.2%。年末常住人口862万人。</p>
<p>全年城镇新增就业12.4万人，城镇调查失业率5.1%。规模以上工业增加值比上年增长6.8%。</p>
<p>社会消费品零售总额2150亿元，增长4.3%。全年接待游客9800万人次，实现旅游收入986亿元。</p>
<p>全年新建学校46所，新增学位5.2万个。新建公园21座，新增绿地面积380万平方米。</p>
<p>新开通公交线路38条，新增公交车620辆。年末全市医院床位5.9万张。</p>
<p>全市居民人均可支配收入52300元，增长5.6%。全年进出口总额3096亿元，其中出口1850亿元。全年空气质量优良天数312天。</p>
</article></body></html>`;

export const VERIFY_TABLE_CSV = "全市主要指标\n指标,数值\n粮食产量(万吨),185.7\n新能源汽车保有量(万辆),31.5\n造林面积(万亩),2.6\n5G基站(万个),4.2\n";

export type VerifyResult = { actions: number; reviewerActions: number; acceptedAll: string; unfound: number; proposed: number; approved: number };

/** One desk's run: `reviewer` and `editor` are signed-in pages of the app at `origin` (English interface). */
export async function verifyBulletin(options: { reviewer: Page; editor: Page; origin: string; bulletinPath: string; releaseUrl: string }): Promise<VerifyResult> {
  const { reviewer: page, editor, origin, bulletinPath } = options;
  let actions = 0;
  const click = async (locator: Locator) => { actions++; await locator.click(); };
  const press = async (on: Page, key: string) => { actions++; await on.keyboard.press(key); };
  const fill = async (locator: Locator, text: string) => { actions++; await locator.fill(text); };
  const goto = async (on: Page, pathname: string) => { actions++; await on.goto(`${origin}${pathname}`); };

  // The bulletin's two sources: the release by its URL (the server fetches and archives it), the table uploaded.
  await goto(page, bulletinPath);
  const sources = page.getByTestId("bulletin-sources");
  await click(sources.getByRole("button", { name: "Attach source" }));
  let dialog = page.getByRole("dialog", { name: "Attach source" });
  await fill(dialog.getByLabel("URL", { exact: true }), options.releaseUrl);
  await click(dialog.getByRole("button", { name: "Fetch and save" }));
  await dialog.waitFor({ state: "detached", timeout: 30_000 });
  await click(sources.getByRole("button", { name: "Attach source" }));
  dialog = page.getByRole("dialog", { name: "Attach source" });
  await fill(dialog.getByLabel("Title", { exact: true }), "全市主要指标表");
  actions++;
  await dialog.getByLabel(/or upload it/).setInputFiles({ name: "indicators.csv", mimeType: "text/csv", buffer: Buffer.from(VERIFY_TABLE_CSV) });
  await click(dialog.getByRole("button", { name: "Save source" }));
  await dialog.waitFor({ state: "detached", timeout: 30_000 });
  await sources.getByText("全市主要指标表").waitFor();

  // The board: accept all shown, confirmed once.
  await goto(page, `${bulletinPath}/figures`);
  const board = page.getByTestId("figure-board");
  await board.waitFor();
  await click(page.getByRole("button", { name: "Accept all shown" }));
  await click(page.getByRole("dialog").getByRole("button", { name: "Accept all shown" }));
  const notice = page.getByTestId("board-notice");
  await notice.waitFor();
  const acceptedAll = (await notice.textContent()) ?? "";
  // What no source states: shown by the filter, each marked not found with n (the focus moves on by itself).
  await goto(page, `${bulletinPath}/figures?result=not-found`);
  await page.getByText(/ of \d+ figures shown/).waitFor();
  const rows = board.locator("tbody tr[data-figure]");
  const unfound = await rows.count();
  for (let i = 0; i < unfound; i++) {
    if (await rows.nth(i).getByTestId("stored-check").count()) continue;
    await press(page, "n");
    await rows.nth(i).getByTestId("stored-check").waitFor();
  }
  // Every claim whose figures are all checked, proposed at once with its drafted verdict and rationale.
  await goto(page, `${bulletinPath}/figures`);
  await board.waitFor();
  const ready = page.getByRole("button", { name: /^Propose every ready claim/ });
  const proposed = Number(/\((\d+)\)/.exec((await ready.textContent()) ?? "")?.[1] ?? 0);
  await click(ready);
  await click(page.getByRole("dialog").getByRole("button", { name: "Propose every ready claim" }));
  await notice.filter({ hasText: /proposed for review/ }).waitFor({ timeout: 60_000 });
  const reviewerActions = actions;

  // A second person approves each proposal in the workspace: the claims in review, a to approve, j to the next.
  await goto(editor, bulletinPath);
  actions++;
  await editor.getByLabel("Status", { exact: true }).selectOption("IN_REVIEW");
  await press(editor, "j");
  const status = editor.getByTestId("claim-panel").locator(".panel-head .status-badge");
  let approved = 0;
  for (; approved < proposed; approved++) {
    await editor.getByTestId("proposal").waitFor();
    await press(editor, "a");
    await status.filter({ hasText: "Verified" }).waitFor({ timeout: 20_000 });
    if (approved + 1 < proposed) await press(editor, "j");
  }
  return { actions, reviewerActions, acceptedAll, unfound, proposed, approved };
}
