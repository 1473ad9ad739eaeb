import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { attachNewSource, ensureUser, importBulletin, openClaim, propose, selectText, userContext } from "./helpers";
import { ADMIN_STATE, AUTH_DIR } from "./run-paths";

export const A11Y_EDITOR = { name: "Eve Editor", email: "eve@newsroom.test", password: "editor password", role: "EDITOR" };
export const A11Y_REVIEWER = { name: "Rae Reviewer", email: "rae@newsroom.test", password: "reviewer password", role: "REVIEWER" };

// Our own bulletin: a statistic, a quote, an event and a claim nobody can check.
export const A11Y_BULLETIN = "今年春季，全市新建口袋公园5个。区长张伟表示，绿地建设要方便市民。各区已完成春季植树任务。全市举办了园艺展。";
const SOURCE = "园林局通报：今年春季全市新建口袋公园5个。部分区尚未完成春季植树任务。区长张伟在会上谈到绿地建设要方便市民。";

export type A11yFixture = { bulletinPath: string; reportPath: string; sharePath: string; snapshotPath: string; sharedSnapshotPath: string };

export const STORAGE = { admin: ADMIN_STATE, editor: `${AUTH_DIR}/a11y-editor.json`, reviewer: `${AUTH_DIR}/a11y-reviewer.json` } as const;
const SAVED = `${AUTH_DIR}/a11y-fixture.json`;

/** Checks every figure of the open claim, with a reason where the sources cannot decide. */
async function checkFigures(page: Page) {
  const panel = page.getByTestId("claim-panel");
  for (const figure of await panel.locator('[data-testid^="figure-"]').all()) {
    await figure.getByRole("button", { name: "Check" }).click();
    const check = panel.getByTestId("figure-check");
    await expect(check.getByLabel("Result")).toBeEnabled();
    const result = await check.getByLabel("Result").inputValue();
    if (result === "NOT_CHECKABLE" || result === "NOT_FOUND") await check.getByLabel(/Reason/).fill("Not in the sources.");
    await check.getByRole("button", { name: "Confirm" }).click();
    await expect(check).toHaveCount(0);
  }
}

async function quote(page: Page, passage: string, stance: "Supports" | "Refutes" | "Context") {
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("button", { name: "Read and quote" }).click();
  const viewer = page.getByTestId("source-viewer");
  await expect(viewer.getByTestId("source-text")).toContainText(passage);
  await viewer.getByRole("radio", { name: stance }).check();
  await selectText(page, "source-text", passage);
  await viewer.getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("sources")).toContainText(passage);
  await viewer.getByRole("button", { name: "Close" }).click();
}

async function attachFromLibrary(page: Page) {
  await page.getByTestId("claim-panel").getByRole("button", { name: "Attach source" }).click();
  const dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("Search by title, publisher or URL").fill("Parks bureau");
  await dialog.locator(".library li", { hasText: "Parks bureau, spring" }).getByRole("button", { name: "Attach" }).click();
  // The attached list, not the dialog (inside the same section), which names the source too.
  await expect(page.getByTestId("sources").locator(".source-list")).toContainText("Parks bureau, spring");
  await dialog.getByRole("button", { name: "Close" }).click();
}

/** A bulletin with a claim in every state the pages can show, a share link and a stored snapshot. */
async function createFixture(browser: Browser): Promise<A11yFixture> {
  for (const user of [A11Y_EDITOR, A11Y_REVIEWER]) await ensureUser(browser, user);
  const editor = await userContext(browser, A11Y_EDITOR.email, A11Y_EDITOR.password);
  const bulletinPath = await importBulletin(editor.page, { title: "Pocket parks, spring", publisher: "District Office", text: A11Y_BULLETIN });

  const reviewer = await userContext(browser, A11Y_REVIEWER.email, A11Y_REVIEWER.password);
  const page = reviewer.page;
  await page.goto(bulletinPath);
  const panel = await openClaim(page, "区长张伟");
  await attachNewSource(page, { url: "https://parks.example.gov/spring", title: "Parks bureau, spring", text: SOURCE });
  await quote(page, "区长张伟在会上谈到绿地建设要方便市民", "Supports");
  await checkFigures(page);
  await propose(page, /^\s*1\s*Accurate$/, "The bureau reports the district head's words.");
  await expect(panel).toContainText("In review");

  await openClaim(page, "春季植树");
  await attachFromLibrary(page);
  await quote(page, "部分区尚未完成春季植树任务", "Refutes");
  await checkFigures(page);
  await propose(page, /Inaccurate/, "Some districts have not finished planting.");
  await expect(panel).toContainText("In review");

  await openClaim(page, "园艺展");
  await checkFigures(page);
  await propose(page, /Unverifiable/, "No record of the show.");
  await expect(panel).toContainText("In review");

  // One claim stays in progress, with a checked figure and context evidence.
  await openClaim(page, "口袋公园");
  await panel.getByRole("button", { name: "Start working" }).click();
  await expect(panel).toContainText("In progress");
  await attachFromLibrary(page);
  await quote(page, "今年春季全市新建口袋公园5个", "Context");
  await checkFigures(page);
  await page.goto("/account");
  await page.getByLabel("Token name").fill("newsroom CMS");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("api-token")).toHaveCount(1);
  await reviewer.context.storageState({ path: STORAGE.reviewer });
  await reviewer.context.close();

  await editor.page.goto(bulletinPath);
  for (const text of ["区长张伟", "春季植树", "园艺展"]) {
    const editorPanel = await openClaim(editor.page, text);
    await editorPanel.getByRole("button", { name: "Approve" }).click();
    await expect(editorPanel).toContainText("Verified");
  }
  const editorPanel = await openClaim(editor.page, "口袋公园");
  await editorPanel.getByLabel("Assignee").selectOption({ label: A11Y_REVIEWER.name });
  await expect(editor.page.getByTestId("queue-row").filter({ hasText: "口袋公园" })).toContainText(A11Y_REVIEWER.name);

  const reportPath = `${bulletinPath}/report`;
  await editor.page.goto(reportPath);
  const snapshotPath = (await editor.page.locator('a[href^="/sources/"]').first().getAttribute("href"))!;
  // A share link shows published claims only: the verified ones go public first.
  await editor.page.getByRole("button", { name: /Publish all verified/ }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Published: 3." })).toBeVisible();
  await editor.page.getByRole("button", { name: "Create share link" }).click();
  const sharePath = new URL(await editor.page.getByLabel("Share read-only").inputValue()).pathname;
  await editor.page.goto(sharePath);
  const sharedSnapshotPath = (await editor.page.locator('a[href*="/snapshots/"]').first().getAttribute("href"))!;
  await editor.context.storageState({ path: STORAGE.editor });
  await editor.context.close();
  return { bulletinPath, reportPath, sharePath, snapshotPath, sharedSnapshotPath };
}

/**
 * The fixture once per run: a worker restarted after a failed scan finds it saved. Every run starts
 * on a fresh database with a first run that saves the administrator's session anew, so a fixture
 * older than that session belongs to an earlier run.
 */
export async function ensureA11yFixture(browser: Browser): Promise<A11yFixture> {
  const current = [SAVED, STORAGE.editor, STORAGE.reviewer].every((f) => existsSync(f) && statSync(f).mtimeMs > statSync(STORAGE.admin).mtimeMs);
  if (current) return JSON.parse(readFileSync(SAVED, "utf8")) as A11yFixture;
  const fixture = await createFixture(browser);
  mkdirSync(AUTH_DIR, { recursive: true });
  writeFileSync(SAVED, JSON.stringify(fixture));
  return fixture;
}
