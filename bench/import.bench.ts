/**
 * npm run bench:import [-- --db sqlite|postgresql|both] — each measurement beside a baseline taken
 * in the same run:
 * 1. importing a 1 MB bulletin (engine in a worker thread + one bulk transaction) against a bare bulk
 *    insert of the same rows on the same database (better-sqlite3 prepared statements; PostgreSQL
 *    COPY with pg), target ≤ 5×; and the longest the main thread was blocked meanwhile, against the
 *    same import run on the main thread;
 * 2. the workspace page of a bulletin with 2,000 claims against a static page of the same byte size
 *    served by the same server (target ≤ 10×), and its bytes per claim (target < 300).
 */
import Database from "better-sqlite3";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createDb, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { analyseBulletin } from "@/lib/engine";
import { claimRows, importBulletin } from "@/lib/bulletins/import";
import { writeImport } from "@/lib/bulletins/import-rows";
import { closePgBulkConnections } from "@/lib/db/pg-bulk";
import { hashPassword } from "@/lib/auth/password";
import { createMigratedDatabase, pgBinDir, startPgServer, stopPgServer, type PgServer } from "@/lib/testing/pg-server";
import { signIn } from "./app-client";
import { buildBulletin, corpusSource, median } from "./corpus";
import { startServer } from "./server";

const root = path.resolve(import.meta.dirname, "..");
const work = path.join(root, ".tmp", "bench");
const args = process.argv.slice(2);
const DBS = args.includes("--db") ? args[args.indexOf("--db") + 1] : "both";
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55437);

const ratio = (a: number, b: number) => (a / b).toFixed(1);
const ms = (t: number) => `${t.toFixed(0)} ms`;

type Target = { name: string; url: (db: string) => Promise<string>; done: () => void };

async function sqliteTarget(): Promise<Target> {
  return {
    name: "SQLite",
    url: async (name) => {
      const url = `file:${path.join(work, `${name}.db`)}`;
      await migrateDatabase(url, { log: () => {} });
      return url;
    },
    done: () => {},
  };
}

async function pgTarget(): Promise<Target> {
  const server: PgServer = startPgServer({ dir: path.join(work, "pg"), port: PG_PORT });
  return { name: "PostgreSQL", url: (name) => createMigratedDatabase(server, name), done: () => stopPgServer(server) };
}

/** The same rows an import writes (bulletin, claims, figures), inserted with the driver alone. */
async function bareInserter(url: string, text: string) {
  const result = analyseBulletin(text, { language: "zh" });
  const now = new Date().toISOString();
  let run = 0;
  if (url.startsWith("file:")) {
    const bare = new Database(url.replace(/^file:/, ""));
    bare.pragma("journal_mode = WAL");
    bare.pragma("synchronous = FULL");
    bare.prepare(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u', 'b@b', 'B', 'x', 'EDITOR', ?)`).run(now);
    const insertBulletin = bare.prepare(`INSERT INTO "Bulletin" (id, title, language, "originalText", "cleanText", "cleaningChanges", "importedById", "updatedAt") VALUES (?, 'Bench', 'zh', ?, ?, ?, 'u', ?)`);
    const insertClaim = bare.prepare(`INSERT INTO "Claim" (id, "bulletinId", start, "end", text, statement, context, kind, speaker, "speechVerb", checkworthiness, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertFigure = bare.prepare(`INSERT INTO "Figure" (id, "claimId", text, start, "end", kind, value, "valueMax", approx, unit, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    return {
      claims: result.claims.length,
      insert: async () => {
        const bulletinId = `b${run++}`;
        const { claimData, figureRows } = claimRows(bulletinId, result.cleanText, result.claims);
        bare.transaction(() => {
          insertBulletin.run(bulletinId, text, result.cleanText, JSON.stringify(result.changes), now);
          for (const c of claimData) insertClaim.run(c.id, c.bulletinId, c.start, c.end, c.text, c.statement, c.context, c.kind, c.speaker, c.speechVerb, c.checkworthiness, now);
          figureRows.forEach((f, i) => insertFigure.run(`${bulletinId}-f${i}`, f.claimId, f.text, f.start, f.end, f.kind, f.value, f.valueMax, f.approx, f.unit, f.currency));
        }).immediate();
      },
      close: async () => bare.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u', 'b@b', 'B', 'x', 'EDITOR', now())`);
  const esc = (v: unknown) => (v === null || v === undefined ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));
  const copy = async (sql: string, rows: unknown[][]) => {
    const lines = rows.map((r) => r.map(esc).join("\t") + "\n").join("");
    await pipeline(Readable.from([lines]), client.query(copyFrom(sql)));
  };
  return {
    claims: result.claims.length,
    insert: async () => {
      const bulletinId = `b${run++}`;
      const { claimData, figureRows } = claimRows(bulletinId, result.cleanText, result.claims);
      await client.query("BEGIN");
      await copy(`COPY "Bulletin" (id, title, language, "originalText", "cleanText", "cleaningChanges", "importedById", "updatedAt") FROM STDIN`, [[bulletinId, "Bench", "zh", text, result.cleanText, JSON.stringify(result.changes), "u", now]]);
      await copy(`COPY "Claim" (id, "bulletinId", start, "end", text, statement, context, kind, speaker, "speechVerb", checkworthiness, "updatedAt") FROM STDIN`,
        claimData.map((c) => [c.id, c.bulletinId, c.start, c.end, c.text, c.statement, c.context, c.kind, c.speaker, c.speechVerb, c.checkworthiness, now]));
      await copy(`COPY "Figure" (id, "claimId", text, start, "end", kind, value, "valueMax", approx, unit, currency) FROM STDIN`,
        figureRows.map((f, i) => [`${bulletinId}-f${i}`, f.claimId, f.text, f.start, f.end, f.kind, f.value, f.valueMax, f.approx, f.unit, f.currency]));
      await client.query("COMMIT");
    },
    close: () => client.end(),
  };
}

/** The longest the main thread was blocked (ms) while `work` ran. */
async function blocked(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // Let the monitor's timer start before the work, and fire once after it: a blocked loop shows up then.
  await new Promise((r) => setTimeout(r, 20));
  await work();
  await new Promise((r) => setTimeout(r, 20));
  histogram.disable();
  return histogram.max / 1e6;
}

async function importBench(target: Target) {
  const text = buildBulletin(1_000_000);
  const url = await target.url("import");
  const db: Db = createDb(url);
  const editor = await db.user.create({ data: { email: "bench@claimdesk.test", name: "Bench", passwordHash: "x", role: "EDITOR" }, select: { id: true } });
  const actor = { id: editor.id, role: "EDITOR" as const, active: true };
  const input = { title: "Bench", publisher: undefined, language: "zh" as const, originalText: text, rejectedChanges: [] };

  const imported = await median(5, () => importBulletin(db, actor, input));
  const bare = await bareInserter(await target.url("bare"), text);
  const baseline = await median(5, bare.insert);
  await bare.close();
  // The same import with the engine on the main thread, as it ran before the worker pool.
  const inline = await blocked(() => writeImport({ url, actorId: actor.id, bulletinId: `inline-${Date.now()}`, input, at: new Date().toISOString() }));
  const offThread = await blocked(() => importBulletin(db, actor, input));
  await db.$disconnect();
  await closePgBulkConnections();
  console.log(`${target.name}: import 1 MB bulletin (${bare.claims} claims): ${ms(imported)}   bare bulk insert of the same rows: ${ms(baseline)}   ratio ${ratio(imported, baseline)}× (target ≤ 5×)`);
  console.log(`${target.name}: longest main-thread block during the import: ${ms(offThread)} with the worker thread, ${ms(inline)} with the engine on the main thread`);
}

async function renderBench() {
  const dataDir = path.join(work, "server");
  mkdirSync(dataDir, { recursive: true });
  const url = `file:${path.join(dataDir, "claimdesk.db")}`;
  await migrateDatabase(url, { log: () => {} });
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
  let server = await startServer({ dataDir, databaseUrl: url, port: PORT });
  try {
    const cookie = await signIn(server.origin, "render@claimdesk.test", password);
    const html = await (await fetch(`${server.origin}/bulletins/${id}`, { headers: { cookie } })).text();
    if (!html.includes('data-testid="claim-queue"')) throw new Error("the workspace page did not render");
    bytes = Buffer.byteLength(html);
  } finally {
    await server.stop();
  }
  writeFileSync(staticFile, "x".repeat(bytes));
  server = await startServer({ dataDir, databaseUrl: url, port: PORT });
  try {
    const cookie = await signIn(server.origin, "render@claimdesk.test", password);
    const page = () => fetch(`${server.origin}/bulletins/${id}`, { headers: { cookie } }).then((r) => r.text());
    const staticPage = () => fetch(`${server.origin}/bench-static.html`).then((r) => { if (!r.ok) throw new Error(`static page: ${r.status}`); return r.text(); });
    const rendered = await median(9, page);
    const baseline = await median(9, staticPage);
    console.log(`workspace page, ${claims} claims (${(bytes / 1024).toFixed(0)} KB, ${(bytes / claims).toFixed(0)} bytes a claim, target < 300): ${ms(rendered)}   static page of the same size: ${ms(baseline)}   ratio ${ratio(rendered, baseline)}× (target ≤ 10×)`);
  } finally {
    await server.stop();
    rmSync(staticFile, { force: true });
  }
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  console.log(`input: ${path.relative(root, corpusSource)}`);
  const wanted = DBS === "both" ? ["sqlite", "postgresql"] : [DBS];
  for (const dialect of wanted) {
    if (dialect === "postgresql" && !pgBinDir()) {
      console.log("PostgreSQL's binaries are not installed (apt-get install postgresql): skipping PostgreSQL.");
      continue;
    }
    const target = dialect === "sqlite" ? await sqliteTarget() : await pgTarget();
    try {
      await importBench(target);
    } finally {
      target.done();
    }
  }
  await renderBench();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
