/**
 * npm run bench:import — two measurements, each beside a baseline taken in the same run:
 * 1. importing a 1 MB bulletin (engine + one transaction through Prisma) against a bare bulk insert
 *    of the same rows with better-sqlite3 (target ≤ 5×);
 * 2. rendering the workspace page of a bulletin with 2,000 claims against a static page of the same
 *    byte size served by the same server (target ≤ 10×).
 */
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDb, prepareDatabase } from "@/lib/db";
import { analyseBulletin } from "@/lib/engine";
import { claimRows, importBulletin } from "@/lib/bulletins/import";
import { hashPassword } from "@/lib/auth/password";
import { buildBulletin, corpusSource, median } from "./corpus";
import { signIn, startServer } from "./server";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".tmp", "bench");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

function migrated(name: string): string {
  const url = `file:${path.join(work, name)}`;
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return url;
}

const ratio = (a: number, b: number) => (a / b).toFixed(1);
const ms = (t: number) => `${t.toFixed(0)} ms`;

async function importBench() {
  const text = buildBulletin(1_000_000);
  const db = createDb(migrated("import.db"));
  await prepareDatabase(db);
  const editor = await db.user.create({ data: { email: "bench@claimdesk.test", name: "Bench", passwordHash: "x", role: "EDITOR" } });
  const actor = { id: editor.id, role: "EDITOR" as const, active: true };
  const input = { title: "Bench", publisher: undefined, language: "zh" as const, originalText: text, rejectedChanges: [] };

  const imported = await median(5, () => importBulletin(db, actor, input));

  // The baseline writes exactly the rows an import writes, with prepared statements in one transaction.
  const bare = new Database(migrated("bare.db").replace(/^file:/, ""));
  bare.pragma("journal_mode = WAL");
  bare.prepare(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u', 'b@b', 'B', 'x', 'EDITOR', ?)`).run(new Date().toISOString());
  const result = analyseBulletin(text, { language: "zh" });
  const insertBulletin = bare.prepare(`INSERT INTO "Bulletin" (id, title, language, "originalText", "cleanText", "cleaningChanges", "importedById", "updatedAt") VALUES (?, 'Bench', 'zh', ?, ?, ?, 'u', ?)`);
  const insertClaim = bare.prepare(`INSERT INTO "Claim" (id, "bulletinId", start, "end", text, statement, context, kind, speaker, "speechVerb", checkworthiness, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFigure = bare.prepare(`INSERT INTO "Figure" (id, "claimId", text, start, "end", kind, value, "valueMax", approx, unit, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let run = 0;
  const bareInsert = () => {
    const bulletinId = `b${run++}`;
    const { claimData, figureRows } = claimRows(bulletinId, result.cleanText, result.claims);
    const now = new Date().toISOString();
    bare.transaction(() => {
      insertBulletin.run(bulletinId, text, result.cleanText, JSON.stringify(result.changes), now);
      for (const c of claimData) insertClaim.run(c.id, c.bulletinId, c.start, c.end, c.text, c.statement, c.context, c.kind, c.speaker, c.speechVerb, c.checkworthiness, now);
      figureRows.forEach((f, i) => insertFigure.run(`${bulletinId}-f${i}`, f.claimId, f.text, f.start, f.end, f.kind, f.value, f.valueMax, f.approx, f.unit, f.currency));
    })();
  };
  const baseline = await median(5, bareInsert);
  bare.close();
  await db.$disconnect();
  console.log(`import 1 MB bulletin (${result.claims.length} claims): ${ms(imported)}   bare bulk insert of the same rows: ${ms(baseline)}   ratio ${ratio(imported, baseline)}× (target ≤ 5×)`);
}

async function renderBench() {
  const dataDir = path.join(work, "server");
  mkdirSync(dataDir, { recursive: true });
  const url = migrated(path.join("server", "claimdesk.db"));
  const db = createDb(url);
  const password = "bench password";
  const editor = await db.user.create({ data: { email: "render@claimdesk.test", name: "Bench", passwordHash: await hashPassword(password), role: "EDITOR" } });
  const { id } = await importBulletin(db, { id: editor.id, role: "EDITOR", active: true }, { title: "Render", publisher: undefined, language: "zh", originalText: buildBulletin(400_000), rejectedChanges: [] });
  // Exactly 2,000 claims: drop the ones past the 2,000th.
  const last = await db.claim.findMany({ where: { bulletinId: id }, orderBy: [{ start: "asc" }, { id: "asc" }], skip: 1999, take: 1, select: { start: true } });
  await db.claim.deleteMany({ where: { bulletinId: id, start: { gt: last[0].start } } });
  const claims = await db.claim.count({ where: { bulletinId: id } });
  await db.$disconnect();

  const staticFile = path.join(root, "public", "bench-static.html");
  mkdirSync(path.dirname(staticFile), { recursive: true });
  // Next serves only the public files present at start: learn the page's size, then restart with
  // a static file of that size in place.
  let bytes = 0;
  let server = await startServer({ dataDir, databaseUrl: url, port: 3390 });
  try {
    const cookie = await signIn(server.origin, "render@claimdesk.test", password);
    const html = await (await fetch(`${server.origin}/bulletins/${id}`, { headers: { cookie } })).text();
    if (!html.includes("bulletin-text")) throw new Error("the workspace page did not render");
    bytes = Buffer.byteLength(html);
  } finally {
    await server.stop();
  }
  writeFileSync(staticFile, "x".repeat(bytes));
  server = await startServer({ dataDir, databaseUrl: url, port: 3390 });
  try {
    const cookie = await signIn(server.origin, "render@claimdesk.test", password);
    const page = () => fetch(`${server.origin}/bulletins/${id}`, { headers: { cookie } }).then((r) => r.text());
    const staticPage = () => fetch(`${server.origin}/bench-static.html`).then((r) => { if (!r.ok) throw new Error(`static page: ${r.status}`); return r.text(); });
    const rendered = await median(9, page);
    const baseline = await median(9, staticPage);
    console.log(`workspace page, ${claims} claims (${(bytes / 1024).toFixed(0)} KB): ${ms(rendered)}   static page of the same size: ${ms(baseline)}   ratio ${ratio(rendered, baseline)}× (target ≤ 10×)`);
  } finally {
    await server.stop();
    rmSync(staticFile, { force: true });
  }
}

async function main() {
  console.log(`input: ${path.relative(root, corpusSource)}`);
  await importBench();
  await renderBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
