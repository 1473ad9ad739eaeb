import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationsOf } from "@/lib/db/migrate";
import { createTestDb, testDialect, type TestDb } from "@/lib/testing/test-db";

// A database from before token scopes, with a token in it, then the scopes migration: the old
// token must come out read-only, never with write.
const made: TestDb[] = [];
afterAll(async () => {
  for (const t of made) await t.cleanup();
});

const USER = `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'old@example.com', 'Old Token Owner', 'x', CURRENT_TIMESTAMP)`;
const TOKEN = `INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix") VALUES ('t1', 'u1', 'before scopes', 'hash', 'cd_abcdefg')`;

describe("the api_token_scopes migration", () => {
  it("makes every existing token read-only", async () => {
    const migrations = migrationsOf(testDialect());
    const at = migrations.findIndex((m) => m.name.endsWith("_api_token_scopes"));
    expect(at).toBeGreaterThan(0);
    const before = migrations.slice(0, at);
    const scopes = migrations[at];
    if (testDialect() === "sqlite") {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-scopes-")), "old.db");
      const sqlite = new Database(file);
      for (const m of before) sqlite.exec(m.sql);
      sqlite.exec(`${USER}; ${TOKEN};`);
      sqlite.exec(scopes.sql);
      expect(sqlite.prepare(`SELECT "scopes" FROM "ApiToken" WHERE "id" = 't1'`).get()).toEqual({ scopes: "read" });
      sqlite.close();
      return;
    }
    const t = await createTestDb();
    made.push(t);
    await t.db.$disconnect();
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
      for (const m of before) await client.query(m.sql);
      await client.query(USER);
      await client.query(TOKEN);
      await client.query(scopes.sql);
      expect((await client.query(`SELECT "scopes" FROM "ApiToken" WHERE "id" = 't1'`)).rows).toEqual([{ scopes: "read" }]);
    } finally {
      await client.end();
    }
  });
});
