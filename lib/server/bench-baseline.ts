import type http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { dialectOf, sqliteFile } from "@/lib/db/url";

// The load benchmark's baseline, served by the same process as the app when
// CLAIMDESK_BENCH_BASELINE=1: a bare Node route doing one database read and one write, with the
// driver used directly (no Next.js, no Prisma, no session). Off in every other run.

const PATH = "/__bench/baseline";

type Baseline = { read: () => Promise<unknown>; write: () => Promise<unknown> };
let baseline: Baseline | undefined;

function open(): Baseline {
  const url = process.env.DATABASE_URL ?? "";
  if (dialectOf(url) === "postgresql") {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      read: () => pool.query(`SELECT "key", "value" FROM "Setting" WHERE "key" = 'bench-baseline'`),
      write: () => pool.query(`INSERT INTO "Setting" ("key", "value") VALUES ('bench-baseline', $1) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`, [String(Date.now())]),
    };
  }
  const db = new Database(sqliteFile(url), { timeout: 15_000 });
  db.pragma("synchronous = FULL");
  const read = db.prepare(`SELECT "key", "value" FROM "Setting" WHERE "key" = 'bench-baseline'`);
  const write = db.prepare(`INSERT INTO "Setting" ("key", "value") VALUES ('bench-baseline', ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`);
  return { read: async () => read.get(), write: async () => write.run(String(Date.now())) };
}

/** Answers the baseline route and returns true, or returns false for every other request. */
export function handleBaseline(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (process.env.CLAIMDESK_BENCH_BASELINE !== "1" || !request.url?.startsWith(PATH)) return false;
  baseline ??= open();
  const current = baseline;
  void (async () => {
    try {
      await current.read();
      await current.write();
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"ok":true}');
    } catch (error) {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: String(error) }));
    }
  })();
  return true;
}
