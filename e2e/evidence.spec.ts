import { expect, test } from "@playwright/test";
import { EVIDENCE_BULLETIN, HTML_SOURCE, PASTED_SOURCE } from "./fixtures";
import { ensureUser, importPasted, openClaim, propose, screenshot, selectText, userContext } from "./helpers";

const EDITOR = { name: "Eve Editor", email: "eve@newsroom.test", password: "editor password", role: "EDITOR" };
const REVIEWER = { name: "Rae Reviewer", email: "rae@newsroom.test", password: "reviewer password", role: "REVIEWER" };

test.describe.configure({ mode: "serial" });

let bulletinUrl = "";

test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  bulletinUrl = await importPasted(browser, EDITOR, "School and hospital building", EVIDENCE_BULLETIN);
});



test("a reviewer attaches sources, quotes a passage, checks figures and proposes a verdict the rules allow", async ({ browser }) => {
  const { context, page } = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "医院3家");

  // The rules, enforced by the server: figures first, then evidence.
  await propose(page, /Inaccurate/, "The health commission counts four new hospitals.");
  await expect(panel.getByTestId("claim-notice")).toContainText("Check every figure first");

  // A pasted source.
  await panel.getByRole("button", { name: "Attach source" }).click();
  let dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("URL", { exact: true }).fill("javascript:alert(1)");
  await dialog.getByLabel("Title", { exact: true }).fill("Education bureau bulletin");
  await dialog.getByLabel("Paste the source's text").fill(PASTED_SOURCE);
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog.locator("p.alert.error")).toContainText("http:// or https://");
  await dialog.getByLabel("URL", { exact: true }).fill("https://edu.example.gov/q1");
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId("sources")).toContainText("Education bureau bulletin");

  // An uploaded .html source.
  await panel.getByRole("button", { name: "Attach source" }).click();
  dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("URL", { exact: true }).fill("https://health.example.gov/q1");
  await dialog.getByLabel("Title", { exact: true }).fill("Health commission Q1");
  await dialog.getByLabel("Publisher", { exact: true }).fill("Health commission");
  await dialog.getByLabel(/or upload it/).setInputFiles({ name: "q1.html", mimeType: "text/html", buffer: Buffer.from(HTML_SOURCE) });
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByTestId("sources")).toContainText("Health commission Q1");

  // Quote the passage that refutes the claim.
  await panel.getByTestId("sources").locator("li", { hasText: "Health commission Q1" }).getByRole("button", { name: "Read and quote" }).click();
  const viewer = page.getByTestId("source-viewer");
  await expect(viewer.getByTestId("source-text")).toContainText("全市新建医院4家");
  await expect(viewer.getByTestId("source-text")).not.toContainText("<p>");
  await viewer.getByRole("radio", { name: "Refutes" }).check();
  await viewer.getByLabel("Note").fill("Four, not three.");
  await selectText(page, "source-text", "全市新建医院4家");
  await viewer.getByRole("button", { name: "Add evidence" }).click();
  await expect(viewer.locator("mark.evidence-mark.stance-REFUTES")).toHaveText("全市新建医院4家");
  await expect(panel.getByTestId("sources")).toContainText("全市新建医院4家");

  // Check the figure: the app finds 4 in the sources and proposes "differs".
  await panel.getByTestId("figure-3家").getByRole("button", { name: "Check" }).click();
  const check = panel.getByTestId("figure-check");
  await expect(check).toContainText("Differs");
  await expect(check.getByLabel("Result")).toHaveValue("DIFFERS");
  await check.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByTestId("figure-3家")).toContainText("Differs");
  await expect(panel.getByTestId("figure-3家")).toContainText(REVIEWER.name);
  // The shared date range is in no source: recorded as not found, which still counts as checked.
  await panel.getByTestId("figure-1月1日至3月31日").getByRole("button", { name: "Check" }).click();
  await check.getByLabel("Result").selectOption("NOT_CHECKABLE");
  await check.getByRole("button", { name: "Confirm" }).click();
  await expect(check.locator("p.alert.error")).toContainText("Say why this figure cannot be checked");
  await check.getByLabel(/Reason/).fill("The sources report the quarter, not exact dates.");
  await check.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByTestId("figure-1月1日至3月31日")).toContainText("Not checkable");
  await screenshot(page, "claim-panel-evidence");

  await propose(page, /Inaccurate/, "The health commission counts four new hospitals.");
  await expect(panel).toContainText("In review");

  // A figure that matches, and a verdict without evidence refused.
  const school = await openClaim(page, "学校约12所");
  await school.getByRole("button", { name: "Attach source" }).click();
  dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("Search by title, publisher or URL").fill("Education");
  await dialog.locator(".library li", { hasText: "Education bureau bulletin" }).getByRole("button", { name: "Attach" }).click();
  // The list of attached sources, not the open dialog inside the same section, which names it too.
  await expect(school.locator(".source-list")).toContainText("Education bureau bulletin");
  await dialog.getByRole("button", { name: "Close" }).click();
  await school.getByTestId("figure-约12所").getByRole("button", { name: "Check" }).click();
  await expect(school.getByTestId("figure-check").getByLabel("Result")).toHaveValue(/MATCHES|WITHIN_ROUNDING/);
  await school.getByTestId("figure-check").getByRole("button", { name: "Confirm" }).click();
  await expect(school.getByTestId("figure-约12所")).toContainText(/Matches|Within rounding/);
  await school.getByTestId("figure-1月1日至3月31日").getByRole("button", { name: "Check" }).click();
  await school.getByTestId("figure-check").getByLabel("Result").selectOption("NOT_CHECKABLE");
  await school.getByTestId("figure-check").getByLabel(/Reason/).fill("Only the quarter is reported.");
  await school.getByTestId("figure-check").getByRole("button", { name: "Confirm" }).click();
  await expect(school.getByTestId("figure-1月1日至3月31日")).toContainText("Not checkable");
  await propose(page, /^\s*1\s*Accurate$/, "The bureau lists twelve schools.");
  await expect(school.getByTestId("claim-notice")).toContainText("needs at least one piece of evidence");
  await expect(school.getByLabel("Rationale")).toHaveValue("The bureau lists twelve schools.");
  await context.close();
});

test("a newer snapshot re-anchors the quoted passage, or flags it when it is gone", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "医院3家");
  await panel.getByTestId("sources").locator("li", { hasText: "Health commission Q1" }).getByRole("button", { name: "Read and quote" }).click();
  const viewer = page.getByTestId("source-viewer");
  await viewer.locator("summary", { hasText: "Replace with a newer snapshot" }).click();
  await viewer.getByLabel("Paste the source's text").fill("（更新）卫健委一季度通报。今年一季度，全市新建医院4家，新增床位800张。");
  await viewer.getByRole("button", { name: "Replace with a newer snapshot" }).click();
  // The claim's verdict waits for review: its evidence stays on the snapshot it quotes.
  await expect(viewer.getByRole("status")).toContainText("0 re-anchored, 0");
  await expect(panel.getByTestId("sources")).not.toContainText("re-anchored");
  // Sent back, the claim's evidence moves to the newest snapshot.
  await panel.getByLabel("What needs another look?").fill("The source was updated; check it again.");
  await panel.getByRole("button", { name: "Send back" }).click();
  await expect(panel).toContainText("In progress");
  await expect(panel.getByTestId("sources")).toContainText("re-anchored");

  await viewer.getByLabel("Paste the source's text").fill("卫健委一季度通报已撤回。");
  await viewer.getByRole("button", { name: "Replace with a newer snapshot" }).click();
  await expect(viewer.getByRole("status")).toContainText("0 re-anchored, 1");
  await expect(panel.getByTestId("sources")).toContainText("Not found in the newest snapshot");
  await expect(panel.getByTestId("sources")).toContainText("全市新建医院4家");
  await context.close();
});

test("the same URL is not stored twice: the library source is attached instead", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto(bulletinUrl);
  const panel = await openClaim(page, "学校约12所");
  await panel.getByRole("button", { name: "Attach source" }).click();
  const dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("URL", { exact: true }).fill("https://HEALTH.example.gov/q1#section");
  await dialog.getByLabel("Title", { exact: true }).fill("A second copy");
  await dialog.getByLabel("Paste the source's text").fill("一季度全市新建医院4家。");
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog.getByRole("status")).toContainText("Health commission Q1");
  await expect(panel.getByTestId("sources")).toContainText("Health commission Q1");
  await expect(panel.getByTestId("sources")).not.toContainText("A second copy");
  await context.close();
});
