import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { attachNewSource, ensureUser, importBulletin, openClaim, propose, screenshot, selectText, userContext } from "./helpers";
import { SCREENSHOTS } from "./run-paths";

const EDITOR = { name: "Eve Editor", email: "eve@newsroom.test", password: "editor password", role: "EDITOR" };
const REVIEWER = { name: "Rae Reviewer", email: "rae@newsroom.test", password: "reviewer password", role: "REVIEWER" };

const BULLETIN = "今年一季度，全市新建公园5个。市长李华表示，公园建设要方便市民。各区持续改善城市环境。";
const SOURCE = "园林局通报：一季度全市新建公园5个，新增绿地12公顷。";

test.describe.configure({ mode: "serial" });

let reportUrl = "";
let shareUrl = "";



test.beforeAll(async ({ browser }) => {
  for (const user of [EDITOR, REVIEWER]) await ensureUser(browser, user);
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);
  const bulletinPath = await importBulletin(editor.page, { title: "Parks report, first quarter", publisher: "City Office", url: "https://city.example.gov/parks-q1", text: BULLETIN });
  reportUrl = `${bulletinPath}/report`;

  // The reviewer backs one claim with a source and evidence, and proposes on two.
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await reviewer.page.goto(bulletinPath);
  const panel = await openClaim(reviewer.page, "公园5个");
  await attachNewSource(reviewer.page, { url: "https://parks.example.gov/q1", title: "Parks bureau Q1", text: SOURCE });
  await panel.getByRole("button", { name: "Read and quote" }).click();
  await selectText(reviewer.page, "source-text", "一季度全市新建公园5个");
  await reviewer.page.getByTestId("source-viewer").getByRole("button", { name: "Add evidence" }).click();
  await expect(panel.getByTestId("sources")).toContainText("一季度全市新建公园5个");
  for (const figure of await panel.locator('[data-testid^="figure-"]').all()) {
    await figure.getByRole("button", { name: "Check" }).click();
    const check = panel.getByTestId("figure-check");
    await expect(check.getByLabel("Result")).toBeEnabled();
    if ((await check.getByLabel("Result").inputValue()) === "NOT_CHECKABLE") await check.getByLabel(/Reason/).fill("Not in the sources.");
    await check.getByRole("button", { name: "Confirm" }).click();
    await expect(check).toHaveCount(0);
  }
  await propose(reviewer.page, /^\s*1\s*Accurate$/, "The parks bureau reports five new parks.");
  await expect(panel).toContainText("In review");
  await openClaim(reviewer.page, "方便市民");
  await propose(reviewer.page, /Unverifiable/, "No record of the statement.");
  await expect(reviewer.page.getByTestId("claim-panel")).toContainText("In review");
  await reviewer.context.close();

  for (const text of ["公园5个", "方便市民"]) {
    await openClaim(editor.page, text);
    await editor.page.getByTestId("claim-panel").getByRole("button", { name: "Approve" }).click();
    await expect(editor.page.getByTestId("claim-panel")).toContainText("Verified");
  }
  await editor.context.close();
});

test("an editor reads the report, filters it, and prints it", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto(reportUrl);
  const claims = page.locator("section.report-claim");
  await expect(claims).toHaveCount(2);
  await expect(page.locator(".report-summary")).toContainText("2");
  const first = claims.first();
  await expect(first).toHaveAttribute("id", /^claim-/);
  await expect(first).toContainText("一季度全市新建公园5个");
  await expect(first).toContainText("Parks bureau Q1");
  await expect(first.getByRole("link", { name: /stored copy/ })).toBeVisible();

  await page.getByLabel("Verdict").selectOption("UNVERIFIABLE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(claims).toHaveCount(1);
  await expect(claims.first()).toContainText("方便市民");
  await page.getByLabel("Show").selectOption("all");
  await page.getByLabel("Verdict").selectOption("");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(claims).toHaveCount(3);
  await page.goto(reportUrl);
  await screenshot(page, "report");

  // The stored snapshot opens from the report.
  const snapshot = await context.newPage();
  await snapshot.goto((await first.getByRole("link", { name: /stored copy/ }).getAttribute("href"))!);
  await expect(snapshot.locator(".snapshot-text")).toContainText("新增绿地12公顷");
  await snapshot.close();

  // Print to PDF and look at the first page.
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: `${SCREENSHOTS}/report.pdf`, format: "A4", printBackground: true });
  // npm test installs poppler-utils as root; without it the printed report goes unread, so fail.
  const missing = ["pdftoppm", "pdftotext"].filter((tool) => !existsSync(`/usr/bin/${tool}`));
  expect(missing, "the printed report is read with poppler-utils: sudo apt-get install -y poppler-utils").toEqual([]);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", `${SCREENSHOTS}/report.pdf`, `${SCREENSHOTS}/report-pdf`]);
  const text = execFileSync("pdftotext", [`${SCREENSHOTS}/report.pdf`, "-"], { encoding: "utf8" });
  expect(text).toContain("公园");
  expect(text).toContain("Parks bureau Q1");
  expect(text).toContain("https://parks.example.gov/q1");
  expect(text).not.toContain("Create share link");
  await context.close();
});

test("a share link works signed out and stops working once revoked", async ({ browser }) => {
  const { context, page } = await userContext(browser, EDITOR.email, EDITOR.password);
  await page.goto(reportUrl);
  // Verified claims become public only once published.
  await page.getByRole("button", { name: /Publish all verified/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published: 2." })).toBeVisible();
  await page.getByRole("button", { name: "Create share link" }).click();
  shareUrl = await page.getByLabel("Share read-only").inputValue();
  expect(shareUrl).toMatch(/\/share\/share_/);

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(shareUrl);
  await expect(reader.locator("section.report-claim")).toHaveCount(2);
  // Whatever the query says, a share link shows verified claims only (three claims exist, two verified).
  await reader.goto(`${shareUrl}?scope=all`);
  await expect(reader.locator("section.report-claim")).toHaveCount(2);
  await expect(reader.getByLabel("Show")).toHaveCount(0);
  await reader.goto(shareUrl);
  await expect(reader.getByRole("button", { name: "Create share link" })).toHaveCount(0);
  // Search engines find ClaimReview markup for each published claim.
  const markup = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
  expect(markup.map((r: { "@type": string }) => r["@type"])).toEqual(["ClaimReview", "ClaimReview"]);
  const signedOut = await reader.goto(reportUrl);
  expect(signedOut?.url()).toContain("/signin");

  await page.getByTestId("share-link").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("share-link")).toContainText("revoked");
  const afterRevoke = await reader.goto(shareUrl);
  expect(afterRevoke?.status()).toBe(404);
  await anonymous.close();
  await context.close();
});

test("API: tokens, revocation, a reviewer's token, bad parameters", async ({ browser, playwright }) => {
  const editor = await userContext(browser, EDITOR.email, EDITOR.password);
  await editor.page.goto("/account");
  await editor.page.getByLabel("Token name").fill("newsroom CMS");
  await editor.page.getByRole("button", { name: "Create token" }).click();
  const token = await editor.page.getByLabel("New API token").inputValue();
  const bulletinId = reportUrl.split("/")[2];

  const api = await playwright.request.newContext({ baseURL: new URL(editor.page.url()).origin });
  const auth = { Authorization: `Bearer ${token}` };
  expect((await api.get("/api/v1/bulletins")).status()).toBe(401);
  const list = await api.get("/api/v1/bulletins", { headers: auth });
  expect(list.status()).toBe(200);
  expect((await list.json()).data.some((b: { id: string }) => b.id === bulletinId)).toBe(true);
  const claimReview = await api.get(`/api/v1/bulletins/${bulletinId}/export?format=claimreview`, { headers: auth });
  expect(claimReview.status()).toBe(200);
  expect(JSON.stringify(await claimReview.json())).toContain("ClaimReview");
  const bad = await api.get(`/api/v1/bulletins/${bulletinId}/export?format=docx`, { headers: auth });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("md, html, xlsx, csv, figures-csv, json, claimreview, annotations");
  expect((await api.get("/api/v1/openapi.json")).status()).toBe(200);

  // A reviewer's token cannot reach what a reviewer cannot.
  const reviewer = await userContext(browser, REVIEWER.email, REVIEWER.password);
  await reviewer.page.goto("/account");
  await reviewer.page.getByLabel("Token name").fill("my script");
  await reviewer.page.getByRole("button", { name: "Create token" }).click();
  const reviewerToken = await reviewer.page.getByLabel("New API token").inputValue();
  const reviewerAuth = { Authorization: `Bearer ${reviewerToken}` };
  expect((await api.get(`/api/v1/bulletins/${bulletinId}/claims`, { headers: reviewerAuth })).status()).toBe(200);
  expect((await api.get(`/api/v1/bulletins/${bulletinId}/export?format=csv`, { headers: reviewerAuth })).status()).toBe(403);
  expect((await api.get("/api/v1/users", { headers: reviewerAuth })).status()).toBe(403);

  // Revoked: refused at once.
  await editor.page.reload();
  await editor.page.getByTestId("api-token").first().getByRole("button", { name: "Revoke" }).click();
  await expect(editor.page.getByTestId("api-token").first()).toContainText("revoked");
  expect((await api.get("/api/v1/bulletins", { headers: auth })).status()).toBe(401);
  await api.dispose();
  await reviewer.context.close();
  await editor.context.close();
});
