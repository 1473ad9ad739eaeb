import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { catalogue } from "../lib/i18n/catalogue";
import { BASE_URL, ensureUser, importPasted, userContext } from "./helpers";
import { SCREENSHOTS } from "./run-paths";

const EDITOR = { name: "Mo Editor", email: "mo.editor@newsroom.test", password: "editor password", role: "EDITOR" };
const REVIEWER = { name: "Mei Reviewer", email: "mei.reviewer@newsroom.test", password: "reviewer password", role: "REVIEWER" };

// A bulletin too large to match within the page's request (the Chinese eval bulletins, ~200
// figures) with 30 sources attached to its claims: the board shows the background job's progress,
// then its stored proposals, without a reload.
const evalDir = path.resolve("eval/bulletins");
const zh = readdirSync(evalDir).filter((f) => f.startsWith("zh-")).sort().map((f) => readFileSync(path.join(evalDir, f), "utf8"));

/** About 100 KB: the bulletins again, digits moved by `i` in every other copy, so the sources differ. */
const sourceText = (i: number) => Array.from({ length: 12 }, (_, k) => (k % 2 ? zh.join("\n").replace(/\d/g, (d) => String((Number(d) + i) % 10)) : zh.join("\n"))).join("\n");

test("a large bulletin's board shows matching progress, then the proposals", async ({ browser }) => {
  test.setTimeout(240_000);
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  const bulletinUrl = await importPasted(browser, EDITOR, "全区年度数据汇编", zh.join("\n"));
  const id = bulletinUrl.split("/").pop()!;
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password, "zh");
  const figures = (await (await page.request.get(`/api/v1/bulletins/${id}/figure-proposals`)).json()).data as { claimId: string }[];
  const claims = [...new Set(figures.map((f) => f.claimId))];
  expect(figures.length * 30).toBeGreaterThan(5_000);
  for (let i = 0; i < 30; i++) {
    const response = await page.request.post(`/api/v1/claims/${claims[i % claims.length]}/sources`, {
      headers: { origin: BASE_URL },
      data: { title: `统计资料 ${i}`, kind: "OFFICIAL", credibility: 4, text: sourceText(i) },
    });
    expect(response.ok(), await response.text()).toBe(true);
  }

  await page.goto(`${bulletinUrl}/figures`);
  const progress = page.locator(".matching-progress");
  const zhBoard = catalogue.zh.board;
  await expect(progress).toContainText("正在匹配");
  await page.screenshot({ path: `${SCREENSHOTS}/figure-matching-progress-zh.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SCREENSHOTS}/figure-matching-progress-zh-phone.png` });
  // Refreshed by itself: the progress goes, the stored proposals come.
  await expect(progress).toHaveCount(0, { timeout: 180_000 });
  await expect(page.getByTestId("figure-board").locator(".badge", { hasText: zhBoard.results.matches }).first()).toBeVisible();
  await context.close();
});
