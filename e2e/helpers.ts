import { expect, type Browser, type Page } from "@playwright/test";
import { ADMIN_STATE, SCREENSHOTS } from "./run-paths";

export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
/** The second app server on the same database (see scripts/e2e-servers.ts). */
export const SECOND_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

export const ADMIN = { name: "Ada Admin", email: "admin@newsroom.test", password: "correct horse battery" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/Email|电子邮箱/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
}

export async function signInAndWait(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/bulletins/);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The form's own error banner (Next's route announcer also has role="alert"). */
/**
 * The elements that stick out past the right edge of the viewport (the page scrolls sideways), as
 * `tag.class (right edge)`; the innermost ones only, so a failure names the culprit, not its parents.
 */
export function widerThanScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const overflow = getComputedStyle(p).overflowX;
        if (overflow !== "visible") return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el));
    return wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .map((el) => {
        const classes = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
        const label = el.getAttribute("aria-label") ?? el.id;
        return `${el.tagName.toLowerCase()}${classes}${label ? ` "${label}"` : ""} (${Math.round(el.getBoundingClientRect().right)} > ${width})`;
      });
  });
}

export function formError(page: Page) {
  return page.locator("p.alert.error");
}

/** A signed-in browser context of its own, with the interface language fixed for stable labels. */
export async function userContext(browser: Browser, email: string, password: string, locale: "en" | "zh" = "en", origin = BASE_URL) {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, baseURL: origin });
  await context.addCookies([{ name: "claimdesk-locale", value: locale, url: origin }]);
  const page = await context.newPage();
  await signInAndWait(page, email, password);
  return { context, page };
}

/** Creates a user through the admin API (the first-run setup saved the admin's session). */
export async function ensureUser(browser: Browser, user: { name: string; email: string; password: string; role: string }) {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const response = await admin.request.post(`${BASE_URL}/api/v1/users`, { data: user, headers: { origin: BASE_URL } });
  await admin.close();
  if (response.status() !== 201 && response.status() !== 409) throw new Error(`could not create ${user.email}: ${response.status()}`);
}

/** Everyone's name, through the admin API: names are content, in whatever language they are written. */
export async function userNames(browser: Browser): Promise<string[]> {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const response = await admin.request.get("/api/v1/users");
  const body = (await response.json()) as { data: { name: string }[] };
  await admin.close();
  return body.data.map((u) => u.name);
}

/** Imports a pasted bulletin as an editor in a context of its own; returns the workspace's path. */
export async function importPasted(browser: Browser, editor: { email: string; password: string }, title: string, text: string): Promise<string> {
  const { context, page } = await userContext(browser, editor.email, editor.password);
  const path = await importBulletin(page, { title, text });
  await context.close();
  return path;
}

/** Selects the first occurrence of `text` inside the element with `testId`, as a reader's mouse would. */
export async function selectText(page: Page, testId: string, text: string) {
  // A source viewer fetches its text after it opens: wait for the text before looking for it.
  await expect(page.getByTestId(testId)).toContainText(text);
  await page.getByTestId(testId).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
}

/** Opens a claim from the queue by a piece of its text; returns the claim panel. */
export async function openClaim(page: Page, text: string) {
  await page.getByTestId("queue-row").filter({ hasText: text }).first().getByRole("button").click();
  return page.getByTestId("claim-panel");
}

/** Chooses a verdict, writes the rationale and proposes it. */
export async function propose(page: Page, verdict: RegExp, rationale: string) {
  const panel = page.getByTestId("claim-panel");
  await panel.getByRole("radio", { name: verdict }).check();
  await panel.getByLabel("Rationale").fill(rationale);
  await panel.getByRole("button", { name: "Propose verdict" }).click();
}

/** Imports pasted text as a bulletin (the interface in English); returns the bulletin's path. */
export async function importBulletin(page: Page, fields: { title: string; text: string; publisher?: string; url?: string }) {
  await page.goto("/bulletins/new");
  await page.getByLabel("Title").fill(fields.title);
  if (fields.publisher) await page.getByLabel("Publisher").fill(fields.publisher);
  if (fields.url) await page.getByLabel("Original URL").fill(fields.url);
  await page.getByLabel("Paste the text").fill(fields.text);
  await page.getByRole("button", { name: "Clean and preview" }).click();
  await page.getByRole("button", { name: "Create bulletin" }).click();
  await expect(page).toHaveURL(/\/bulletins\/(?!new)[\w-]+$/);
  return new URL(page.url()).pathname;
}

/** Attaches a new source with pasted text to the open claim, through the attach-source dialog. */
export async function attachNewSource(page: Page, source: { url: string; title: string; text: string }) {
  await page.getByTestId("claim-panel").getByRole("button", { name: "Attach source" }).click();
  const dialog = page.getByRole("dialog", { name: "Attach source" });
  await dialog.getByLabel("URL", { exact: true }).fill(source.url);
  await dialog.getByLabel("Title", { exact: true }).fill(source.title);
  await dialog.getByLabel("Paste the source's text").fill(source.text);
  await dialog.getByRole("button", { name: "Save source" }).click();
  await expect(dialog).toHaveCount(0);
}
