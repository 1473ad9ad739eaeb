import { expect, test } from "@playwright/test";
import { VERIFY_BULLETIN, VERIFY_RELEASE_HTML, verifyBulletin } from "../bench/verify/flow";
import { catalogue } from "../lib/i18n/catalogue";
import { BASE_URL, ensureUser, importPasted, screenshot, userContext } from "./helpers";
import { sourceServer } from "./source-server";

// bench:verify's flow with its outcome asserted: a 27-figure bulletin, an HTML release fetched by
// URL from the suite's own server and a CSV table; the reviewer decides the board and proposes
// every claim, the editor approves each.
const REVIEWER = { name: "Vera Verify", email: "vera.verify@newsroom.test", password: "reviewer password", role: "REVIEWER" };
const EDITOR = { name: "Ed Verify", email: "ed.verify@newsroom.test", password: "editor password", role: "EDITOR" };

test("a desk verifies every figure of a bulletin in a few actions a figure: board, propose all, approve", async ({ browser }) => {
  test.setTimeout(300_000);
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  const bulletinPath = await importPasted(browser, EDITOR, "全市年度数据（核对）", VERIFY_BULLETIN);
  const server = await sourceServer();
  server.pages.set("/gongbao.html", { body: VERIFY_RELEASE_HTML });
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);

  const run = await verifyBulletin({ reviewer: reviewer.page, editor: editor.page, origin: BASE_URL, bulletinPath, releaseUrl: `${server.origin}/gongbao.html` });
  // 27 figures: every one but the per-doctor rate is in a source; 23 claims, each proposed and approved.
  expect(run.acceptedAll).toBe("26 figures checked, 1 skipped.");
  expect(run.unfound).toBe(1);
  expect(run.proposed).toBe(23);
  expect(run.approved).toBe(23);
  expect(run.actions / 27).toBeLessThanOrEqual(3);

  // What was written, as the board shows it now.
  const b = catalogue.en.board;
  await reviewer.page.goto(`${bulletinPath}/figures`);
  const board = reviewer.page.getByTestId("figure-board");
  const row = (figure: string) => board.locator("tbody tr", { has: reviewer.page.locator("td:nth-child(2) strong", { hasText: figure }) });
  await expect(board.getByTestId("stored-check")).toHaveCount(27);
  // The growth rate is the GDP's own (5.2 %), not the income's 5.6 % nor another 增长 of the release.
  await expect(row("5.2%").first().getByTestId("stored-check")).toHaveText("Checked: matches");
  await expect(row("约1020亿元").getByTestId("stored-check")).toHaveText("Checked: differs");
  await expect(row("约1020亿元")).toContainText("986亿元");
  await expect(row("约186万吨")).toContainText("185.7");
  await expect(row("约186万吨")).toContainText("全市主要指标表");
  // A table cell's passage is its headers and the cell.
  await expect(row("约186万吨").locator(".board-passage")).toHaveText(/粮食产量\(万吨\) · 185\.7$/);
  await expect(row("约186万吨").locator(".board-passage mark")).toHaveText("185.7");
  await expect(row("3.4人").getByTestId("stored-check")).toHaveText("Checked: not found");
  await expect(board.locator(".board-claim-end", { hasText: b.inReview })).toHaveCount(0);
  await screenshot(reviewer.page, "verify-bulletin-board-en-desktop");
  await reviewer.context.close();
  await editor.context.close();
});
