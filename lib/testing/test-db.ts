import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { closeBulkConnections } from "@/lib/db/sqlite-bulk";
import { createDb, type Db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { TEMPLATE_DATABASE, databaseUrl } from "./pg-server";

export type TestDb = { db: Db; url: string; cleanup: () => Promise<void> };

/** Which database this test run uses: TEST_DATABASE=postgresql runs the suite against PostgreSQL. */
export const testDialect = (): "sqlite" | "postgresql" => (process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite");

/** A throw-away SQLite file migrated with the real migrations, as `npm start` does. */
async function sqliteTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrateDatabase(url, { log: () => {} });
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      closeBulkConnections();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throw-away PostgreSQL database, copied from the template the test run migrated once. */
async function pgTestDb(): Promise<TestDb> {
  const server = inject("pgServer");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(server, name);
  const db = createDb(url, { poolSize: 4 });
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      const { closePgBulkConnections } = await import("@/lib/db/pg-bulk");
      await closePgBulkConnections();
      const drop = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => drop.end());
    },
  };
}

export function createTestDb(): Promise<TestDb> {
  return testDialect() === "postgresql" ? pgTestDb() : sqliteTestDb();
}
