import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestDb, testDialect, type TestDb } from "@/lib/testing/test-db";
import { databaseUrl } from "@/lib/testing/pg-server";
import { migrateDatabase } from "./migrate";
import { PG_MIGRATIONS, PG_SCHEMA, SQLITE_MIGRATIONS, SQLITE_SCHEMA, pgSchemaFrom } from "./schema-twin";

// One data model, two databases: the PostgreSQL schema is generated from the SQLite one, every
// migration has its twin, and each folder of migrations builds exactly the database its schema
// describes. Each failure says what to run.

const FIX_SCHEMA = "Run `npm run db:schema` (or `npm run db:migration -- NAME` after changing prisma/schema.prisma); never edit prisma/postgresql/schema.prisma by hand.";
const FIX_TWINS = "Run `npm run db:migration -- --twins`: it writes the PostgreSQL twin of each SQLite migration that has none (after a merge, from the commit that added it).";
const FIX_DRIFT = "prisma/schema.prisma has changes that no migration makes (or a migration was edited by hand). Run `npm run db:migration -- NAME` to write the SQLite and PostgreSQL migrations.";

const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-twin-"));
const made: TestDb[] = [];
afterAll(async () => {
  for (const t of made) await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const folders = (root: string) => (existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

/** The SQL Prisma writes for an empty database to match a schema. */
function fromEmpty(schema: string, config?: string): string {
  return execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "diff", ...(config ? ["--config", config] : []), "--from-empty", "--to-schema-datamodel", schema, "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "scratch.db")}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('_prisma_migrations', 'sqlite_sequence') ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
  const shape = Object.fromEntries(tables.map((t) => [t, {
    columns: db.pragma(`table_info("${t}")`),
    indexes: (db.pragma(`index_list("${t}")`) as { name: string; unique: number }[]).map((i) => ({ name: i.name, unique: i.unique, columns: (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) })).sort((a, b) => a.name.localeCompare(b.name)),
    foreignKeys: db.pragma(`foreign_key_list("${t}")`),
  }]));
  db.close();
  return shape;
}

async function pgShape(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string) => (await client.query(sql)).rows;
  const shape = {
    columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
    indexes: await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
    constraints: await q(`SELECT conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY conname`),
    enums: await q(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`),
  };
  await client.end();
  return shape;
}

describe("one data model for SQLite and PostgreSQL", () => {
  it("prisma/postgresql/schema.prisma is generated from prisma/schema.prisma", () => {
    expect(readFileSync(PG_SCHEMA, "utf8"), FIX_SCHEMA).toBe(pgSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("every SQLite migration has its PostgreSQL twin, and no twin is left without its SQLite migration", () => {
    const sqlite = folders(SQLITE_MIGRATIONS);
    const pgFolders = folders(PG_MIGRATIONS);
    expect(sqlite.filter((m) => !pgFolders.includes(m)), FIX_TWINS).toEqual([]);
    expect(pgFolders.filter((m) => !sqlite.includes(m)), "A PostgreSQL migration has no SQLite migration of the same name: remove it or add the SQLite one.").toEqual([]);
  });

  it.skipIf(testDialect() !== "sqlite")("the SQLite migrations build exactly the database prisma/schema.prisma describes", async () => {
    const migrated = path.join(dir, "migrated.db");
    await migrateDatabase(`file:${migrated}`, { log: () => {} });
    const expected = path.join(dir, "expected.db");
    const db = new Database(expected);
    db.exec(fromEmpty(SQLITE_SCHEMA));
    db.close();
    expect(sqliteShape(migrated), FIX_DRIFT).toEqual(sqliteShape(expected));
  });

  it.skipIf(testDialect() !== "postgresql")("the PostgreSQL migrations build exactly the database prisma/postgresql/schema.prisma describes", async () => {
    const migrated = await createTestDb();
    made.push(migrated);
    const expected = await createTestDb();
    made.push(expected);
    const reset = new pg.Client({ connectionString: expected.url });
    await reset.connect();
    await reset.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    mkdirSync(path.resolve(".tmp"), { recursive: true });
    const server = inject("pgServer");
    // The config must sit inside the project, where it finds the prisma packages.
    const config = path.resolve(".tmp", `pg-twin-${process.pid}.config.ts`);
    writeFileSync(config, `import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({ experimental: { adapter: true }, schema: ${JSON.stringify(path.resolve(PG_SCHEMA))}, engine: "js",
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(databaseUrl(server, "postgres"))} }) });
`);
    try {
      await reset.query(fromEmpty(PG_SCHEMA, config));
    } finally {
      await reset.end();
      rmSync(config, { force: true });
    }
    expect(await pgShape(migrated.url), FIX_DRIFT).toEqual(await pgShape(expected.url));
  });
});
