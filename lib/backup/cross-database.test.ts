import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { closeBulkConnections } from "@/lib/db/sqlite-bulk";
import { createTestDb, testDialect, type TestDb } from "@/lib/testing/test-db";
import { BackupError } from "./format";
import { restoreBackup } from "./restore";
import { buildSampleWorkspace } from "./sample-workspace";
import { TABLES, delegateOf, type Row } from "./tables";
import { writeBackup } from "./write";

// Moving a desk: SQLite → PostgreSQL → SQLite gives the same rows, field by field. Runs in the
// PostgreSQL pass of the suite (it needs both databases).

const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-cross-"));
const opened: Db[] = [];
const pgDbs: TestDb[] = [];

async function sqliteDb(name: string): Promise<Db> {
  const url = `file:${path.join(dir, `${name}.db`)}`;
  await migrateDatabase(url, { log: () => {} });
  const db = createDb(url);
  opened.push(db);
  return db;
}

async function pgDb(): Promise<Db> {
  const t = await createTestDb();
  pgDbs.push(t);
  return t.db;
}

async function backup(db: Db): Promise<string> {
  const chunks: string[] = [];
  await writeBackup(db, new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), { withCredentials: true });
  return chunks.join("");
}

async function readAll(db: Db): Promise<Record<string, Row[]>> {
  const all: Record<string, Row[]> = {};
  for (const table of TABLES) all[table.name] = await delegateOf(db, table).findMany({ orderBy: table.key.map((k) => ({ [k]: "asc" })), take: 1_000_000 });
  return all;
}

let source: Db;
beforeAll(async () => {
  if (testDialect() !== "postgresql") return;
  source = await sqliteDb("source");
  await buildSampleWorkspace(source);
});
afterAll(async () => {
  for (const db of opened) await db.$disconnect();
  for (const t of pgDbs) await t.cleanup();
  closeBulkConnections();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(testDialect() !== "postgresql")("backup and restore across databases", () => {
  it("SQLite → PostgreSQL → SQLite keeps every row of every table, field by field", async () => {
    const before = await readAll(source);
    const toPg = await backup(source);
    expect(JSON.parse(toPg.split("\n")[0]).migration).toMatch(/^\d{14}_/);

    const pg = await pgDb();
    await restoreBackup(pg, Readable.from([toPg]));
    expect(await readAll(pg)).toEqual(before);

    const back = await sqliteDb("back");
    await restoreBackup(back, Readable.from([await backup(pg)]));
    expect(await readAll(back)).toEqual(before);
  });

  it("refuses a backup taken at another schema migration, naming both", async () => {
    const lines = (await backup(source)).split("\n");
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]), migration: "20200101000000_older" });
    const error = await restoreBackup(await pgDb(), Readable.from([lines.join("\n")])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/taken at schema migration 20200101000000_older, but this database is at \d{14}_/);
  });
});
