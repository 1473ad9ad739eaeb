import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, testDialect, type TestDb } from "@/lib/testing/test-db";
import { latestMigration } from "./health";
import { MIGRATION_LOCK, MigrationError, migrateDatabase, migrationsOf, pending } from "./migrate";
import { sqliteFile } from "./url";

const made: TestDb[] = [];
afterAll(async () => {
  for (const t of made) await t.cleanup();
});

async function emptyDatabase(): Promise<string> {
  if (testDialect() === "sqlite") return `file:${path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-migrate-")), "fresh.db")}`;
  // A migrated test database, emptied: drop its schema and start again.
  const t = await createTestDb();
  made.push(t);
  await t.db.$disconnect();
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  return t.url;
}

describe("the app's migrations", () => {
  it("apply every migration once, recorded as Prisma records them, and then nothing", async () => {
    const url = await emptyDatabase();
    const lines: string[] = [];
    const applied = await migrateDatabase(url, { log: (m) => lines.push(m) });
    expect(applied).toEqual(migrationsOf(testDialect()).map((m) => m.name));
    expect(await migrateDatabase(url, { log: () => {} })).toEqual([]);
    const t = await createTestDb();
    made.push(t);
    expect(await latestMigration(t.db)).toBe(applied.at(-1));
  });

  it("wait for a lock another process holds, say so, and go on once it is released", async () => {
    const url = await emptyDatabase();
    const lines: string[] = [];
    let release: () => Promise<void>;
    if (testDialect() === "sqlite") {
      const other = new Database(sqliteFile(url));
      other.pragma("journal_mode = WAL");
      other.exec("CREATE TABLE held (x); BEGIN IMMEDIATE; INSERT INTO held VALUES (1);");
      release = async () => {
        other.exec("COMMIT");
        other.close();
      };
    } else {
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      await other.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
      release = async () => {
        await other.end();
      };
    }
    const migrating = migrateDatabase(url, { log: (m) => lines.push(m) });
    await new Promise((r) => setTimeout(r, 1_200));
    expect(lines.join("\n")).toMatch(/Waiting for/);
    expect(lines.join("\n")).not.toMatch(/Applied/);
    await release();
    expect(await migrating).toHaveLength(migrationsOf(testDialect()).length);
  });

  it("give up with a clear message when the lock is never released", async () => {
    if (testDialect() !== "sqlite") return;
    const url = await emptyDatabase();
    const other = new Database(sqliteFile(url));
    other.pragma("journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE; CREATE TABLE held (x);");
    await expect(migrateDatabase(url, { log: () => {}, lockTimeoutMs: 300 })).rejects.toThrow(/kept the database .* locked/);
    other.exec("ROLLBACK");
    other.close();
    rmSync(path.dirname(sqliteFile(url)), { recursive: true, force: true });
  });

  it("refuse a database migrated by a newer version, or left half migrated", () => {
    const known = [{ name: "a", sql: "", checksum: "x" }, { name: "b", sql: "", checksum: "y" }];
    const row = (name: string, finished: unknown = "2026-01-01") => ({ migration_name: name, checksum: "", finished_at: finished, rolled_back_at: null });
    expect(pending(known, [row("a")]).map((m) => m.name)).toEqual(["b"]);
    expect(() => pending(known, [row("a"), row("c")])).toThrow(MigrationError);
    expect(() => pending(known, [row("a"), row("c")])).toThrow(/newer Claimdesk \(c\)/);
    expect(() => pending(known, [row("a", null)])).toThrow(/half applied/);
  });
});
