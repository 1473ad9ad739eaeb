import { expect, test, type Page } from "@playwright/test";
import { BASE_URL } from "../helpers";
import { db, stopDb } from "./db";

// Stored XSS: payloads in every user-writable field, rendered in Chromium on every page that shows
// them and in the HTML export; no script may run (a dialog or the window flag would say so).

test.setTimeout(240_000);
test.afterAll(() => stopDb());

const PAYLOADS = [
  `<img src=x onerror="window.__xss=1;alert(1)">`,
  `"><svg onload="window.__xss=1">`,
  `</script><script>window.__xss=1</script>`,
  `'-alert(1)-'<iframe srcdoc="<script>parent.__xss=1</script>">`,
  `javascript:window.__xss=1//<a href="javascript:window.__xss=1">x</a>`,
  `</style><style>*{}</style><details open ontoggle="window.__xss=1">`,
];

async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

async function expectNoScript(page: Page, dialogs: string[], where: string) {
  await page.waitForLoadState("load");
  expect(dialogs, where).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null), where).toBeNull();
  // Escaping, not only the CSP: no element the payloads would have created exists.
  expect(await page.locator("img[src='x'], svg[onload], iframe[srcdoc], details[ontoggle]").count(), where).toBe(0);
}

// Every field holds all the payloads at once, so one pass over the pages tries them all: each
// payload also sits right after the others' closing quotes and tags.
test("the payloads run on no page and not in the HTML export", async ({ browser }) => {
  const w = await db("hostileWorkspace", PAYLOADS.join(" "));
  const cookie = await db("sessionCookie", w.editor);
  const [name, ...value] = cookie.split("=");
  const context = await browser.newContext();
  await context.addCookies([{ name, value: value.join("="), url: BASE_URL }, { name: "claimdesk-locale", value: "en", url: BASE_URL }]);
  const page = await context.newPage();
  const dialogs = await watch(page);
  const pages = [
    "/bulletins",
    `/bulletins/${w.bulletinId}`,
    `/bulletins/${w.bulletinId}?claim=${w.claimId}`,
    `/bulletins/${w.bulletinId}/report?scope=all`,
    `/sources/${w.sourceId}/snapshots/${w.snapshotId}`,
    "/queue",
    "/account",
    `/share/${w.shareSecret}`,
    `/share/${w.shareSecret}/snapshots/${w.snapshotId}`,
    `/share/${w.shareSecret}/claims/${w.claimId}`,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expectNoScript(page, dialogs, path);
  }
  // Open the claim panel, its discussion and the source viewer, where more fields render.
  await page.goto(`/bulletins/${w.bulletinId}?claim=${w.claimId}`);
  await page.getByTestId("claim-panel").getByText(/Comments|History/).first().click().catch(() => undefined);
  await page.getByRole("button", { name: "Read and quote" }).first().click().catch(() => undefined);
  await expectNoScript(page, dialogs, "claim panel and source viewer");

  // The admin page lists the hostile names.
  const admin = await db("newUser", "ADMIN", "xss-admin");
  const adminCookie = (await db("sessionCookie", admin)).split("=");
  await context.addCookies([{ name: adminCookie[0], value: adminCookie.slice(1).join("="), url: BASE_URL }]);
  await page.goto("/admin/users");
  await expectNoScript(page, dialogs, "/admin/users");

  // The HTML export, opened as a file would be: no CSP to help, escaping alone must hold.
  const exported = await fetch(`${BASE_URL}/api/v1/bulletins/${w.bulletinId}/export?format=html&scope=all`, { headers: { cookie } });
  expect(exported.status).toBe(200);
  const html = await exported.text();
  const file = await context.newPage();
  const fileDialogs = await watch(file);
  await file.setContent(html, { waitUntil: "load" });
  await expectNoScript(file, fileDialogs, "HTML export");
  await context.close();
});
