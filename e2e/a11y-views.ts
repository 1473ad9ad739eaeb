import { expect, type Page } from "@playwright/test";
import { A11Y_BULLETIN, STORAGE, type A11yFixture } from "./a11y-fixture";
import { db } from "./security/db";
import { catalogue } from "../lib/i18n/catalogue";

export const A11Y_LOCALES = ["zh", "en"] as const;
export type A11yLocale = (typeof A11Y_LOCALES)[number];

export const labelsFor = (locale: A11yLocale) => ({
  t: catalogue[locale].app, w: catalogue[locale].workspace, e: catalogue[locale].evidence, r: catalogue[locale].report,
  c: catalogue[locale].corrections, v: catalogue[locale].review, n: catalogue[locale].notifications,
});
export type Labels = ReturnType<typeof labelsFor>;

export type A11yView = {
  name: string;
  /** Who looks at it: a saved session, or nobody signed in. */
  as: keyof typeof STORAGE | null;
  path: (fixture: A11yFixture) => string;
  /** Brings the loaded page into the state to scan: a dialog open, a claim selected. */
  open?: (page: Page, labels: Labels, fixture: A11yFixture) => Promise<void>;
  /** Undoes what `open` changed beyond the page, whether the scan passed or not. */
  cleanup?: () => Promise<void>;
  /** Only exists before the first account: scanned by the first-run setup instead. */
  firstRun?: true;
};

async function selectClaim(page: Page, text: string) {
  await page.getByTestId("queue-row").filter({ hasText: text }).first().getByRole("button").last().click();
  await expect(page.getByTestId("claim-panel")).toContainText(text);
}

const bulletin = (f: A11yFixture) => f.bulletinPath;

/**
 * Every page and every dialog, scanned by axe in each language. A new page or dialog belongs here:
 * the figure board joins this list when it is built.
 */
export const A11Y_VIEWS: A11yView[] = [
  { name: "setup", as: null, path: () => "/setup", firstRun: true },
  { name: "sign-in", as: null, path: () => "/signin" },
  { name: "bulletins", as: "editor", path: () => "/bulletins" },
  { name: "import", as: "editor", path: () => "/bulletins/new" },
  {
    name: "import preview", as: "editor", path: () => "/bulletins/new",
    open: async (page, { w }) => {
      await page.getByLabel(w.title, { exact: true }).fill("Preview only");
      await page.getByLabel(w.pasteText).fill(`精品文档${A11Y_BULLETIN}`);
      await page.getByRole("button", { name: w.preview }).click();
      await expect(page.locator(".preview-text")).toBeVisible();
    },
  },
  { name: "workspace, claim in progress", as: "editor", path: bulletin, open: (page) => selectClaim(page, "口袋公园") },
  { name: "workspace, verified claim", as: "editor", path: bulletin, open: (page) => selectClaim(page, "区长张伟") },
  {
    name: "workspace, figure check", as: "reviewer", path: bulletin,
    open: async (page, { e }) => {
      await selectClaim(page, "口袋公园");
      await page.getByTestId("claim-panel").locator('[data-testid^="figure-"]').first().getByRole("button", { name: e.check }).click();
      await expect(page.getByTestId("figure-check")).toBeVisible();
    },
  },
  {
    name: "attach-source dialog", as: "reviewer", path: bulletin,
    open: async (page, { e }) => {
      await selectClaim(page, "口袋公园");
      await page.getByTestId("claim-panel").getByRole("button", { name: e.attachSource }).click();
      await expect(page.getByRole("dialog").locator(".library li").first()).toBeVisible();
    },
  },
  {
    name: "source viewer", as: "reviewer", path: bulletin,
    open: async (page, { e }) => {
      await selectClaim(page, "区长张伟");
      await page.getByTestId("claim-panel").getByRole("button", { name: e.open }).click();
      await expect(page.locator("mark.evidence-mark")).toBeVisible();
    },
  },
  {
    name: "source viewer, keyboard selection", as: "reviewer", path: bulletin,
    open: async (page, { e, w }) => {
      await selectClaim(page, "区长张伟");
      await page.getByTestId("claim-panel").getByRole("button", { name: e.open }).click();
      await page.getByTestId("source-viewer").getByRole("button", { name: w.keyboardSelect }).click();
      await expect(page.getByTestId("source-text").getByRole("textbox")).toBeFocused();
    },
  },
  {
    name: "workspace, keyboard selection", as: "reviewer", path: bulletin,
    open: async (page, { w }) => {
      await selectClaim(page, "口袋公园");
      await page.getByRole("button", { name: w.keyboardSelect }).click();
      await expect(page.getByRole("textbox", { name: w.bulletinText })).toBeFocused();
    },
  },
  {
    name: "workspace, claim being corrected", as: "reviewer", path: bulletin,
    open: async (page, { c }) => {
      await selectClaim(page, "口袋公园");
      await page.getByTestId("claim-panel").getByRole("button", { name: c.editClaim }).click();
      await expect(page.getByTestId("claim-panel").getByRole("button", { name: c.save })).toBeVisible();
    },
  },
  {
    name: "notifications", as: "reviewer", path: () => "/queue",
    open: async (page, { n }) => {
      await page.getByTestId("notification-bell").click();
      await expect(page.getByRole("region", { name: n.title })).toBeVisible();
    },
  },
  {
    name: "shortcuts dialog", as: "reviewer", path: bulletin,
    open: async (page) => {
      await expect(page.getByTestId("queue-row").first()).toBeVisible();
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    name: "delete-bulletin dialog", as: "editor", path: bulletin,
    open: async (page, { w }) => {
      await page.getByRole("button", { name: w.deleteBulletin }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  { name: "figure board", as: "reviewer", path: (f) => `${f.bulletinPath}/figures` },
  { name: "report", as: "editor", path: (f) => f.reportPath },
  { name: "report, all claims", as: "editor", path: (f) => `${f.reportPath}?scope=all` },
  { name: "stored snapshot", as: "reviewer", path: (f) => f.snapshotPath },
  { name: "shared report, signed out", as: null, path: (f) => f.sharePath },
  { name: "shared snapshot, signed out", as: null, path: (f) => f.sharedSnapshotPath },
  {
    // One unknown link counts a miss for this browser's address; filled to the limit, even the
    // real link says to wait, and its title gives the bulletin away no more than its body.
    name: "share link throttled", as: null, path: () => "/share/share_not-a-link",
    open: async (page, { t }, fixture) => {
      expect(await db("throttleShareLinks")).toBeGreaterThan(0);
      await page.goto(fixture.sharePath);
      await expect(page.getByTestId("share-throttled")).toBeVisible();
      await expect(page).toHaveTitle(`${t.tooManyRequests} · Claimdesk`);
    },
    cleanup: () => db("clearShareThrottle"),
  },
  { name: "account", as: "reviewer", path: () => "/account" },
  {
    name: "users", as: "admin", path: () => "/admin/users",
    open: async (page, { t }) => {
      await page.locator("summary", { hasText: t.setPassword }).first().click();
    },
  },
  { name: "my queue", as: "reviewer", path: () => "/queue" },
  { name: "review inbox", as: "editor", path: () => "/review" },
  { name: "not found", as: "editor", path: () => "/bulletins/no-such-bulletin" },
  { name: "not found, signed out", as: null, path: () => "/no-such-page" },
  { name: "forbidden", as: "reviewer", path: () => "/admin/users" },
];
