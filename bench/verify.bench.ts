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
import { chromium } from "@playwright/test";
import { startServer } from "./server";
import { VERIFY_BULLETIN, VERIFY_RELEASE_HTML, verifyBulletin } from "./verify/flow";
import { hashPassword } from "@/lib/auth/password";
import { importBulletin } from "@/lib/bulletins/import";
import { createDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".tmp", "bench-verify");
const PORT = Number(process.env.BENCH_PORT ?? 3250);
const PASSWORD = "bench password 1234";

/** The release, served as a newsroom's source site would serve it. */
function releaseServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(VERIFY_RELEASE_HTML));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/gongbao.html`,
    close: () => new Promise((r) => server.close(() => r())),
  })));
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const url = `file:${path.join(work, "claimdesk.db")}`;
  await migrateDatabase(url, { log: () => {} });
  const db = createDb(url);
  const passwordHash = await hashPassword(PASSWORD);
  const editor = await db.user.create({ data: { email: "editor@bench.test", name: "Bench Editor", passwordHash, role: "EDITOR" }, select: { id: true } });
  await db.user.create({ data: { email: "reviewer@bench.test", name: "Bench Reviewer", passwordHash, role: "REVIEWER" }, select: { id: true } });
  const { id: bulletinId } = await importBulletin(db, { id: editor.id, role: "EDITOR", active: true }, { title: "全市年度数据", publisher: undefined, language: "zh", originalText: VERIFY_BULLETIN, rejectedChanges: [] });
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
      return page;
    };
    const [reviewer, editorPage] = [await signedIn("reviewer@bench.test"), await signedIn("editor@bench.test")];
    const started = performance.now();
    const run = await verifyBulletin({ reviewer, editor: editorPage, origin: server.origin, bulletinPath: `/bulletins/${bulletinId}`, releaseUrl: release.url });
    const { actions, reviewerActions, acceptedAll, unfound, proposed } = run;
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
