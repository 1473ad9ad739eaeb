import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PG_MIGRATIONS, SQLITE_MIGRATIONS } from "./schema-twin";
import { isBusy } from "./sqlite-adapter";
import { dialectOf, sqliteFile } from "./url";

// The app applies its own migrations, on both databases, the way `prisma migrate deploy` does:
// the folders in name order, each migration in a transaction, recorded in `_prisma_migrations`
// (same table, same checksums, so Prisma's CLI reads the history). Prisma's WebAssembly schema
// engine cannot migrate PostgreSQL through the driver adapter (Prisma issue #27403), and on SQLite
// it gives up after a short busy timeout while a running server writes; this waits for the lock
// and says so.

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationLog = (message: string) => void;
export type MigrationOptions = { root?: string; log?: MigrationLog; lockTimeoutMs?: number };

export class MigrationError extends Error {}

/** Another process holding the lock longer than this is reported as a failure. */
const LOCK_TIMEOUT_MS = 10 * 60_000;
const REMIND_MS = 10_000;
/** Session-level advisory lock held while migrating PostgreSQL (two servers starting at once migrate once). */
export const MIGRATION_LOCK = 7_243_110_906;

export function migrationsOf(dialect: "sqlite" | "postgresql", root = process.cwd()): Migration[] {
  const folder = path.join(/*turbopackIgnore: true*/ root, dialect === "sqlite" ? SQLITE_MIGRATIONS : PG_MIGRATIONS);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

type Applied = { migration_name: string; checksum: string; finished_at: unknown; rolled_back_at: unknown };

/** What is still to apply; refuses a history this version cannot continue. */
export function pending(migrations: Migration[], applied: Applied[]): Migration[] {
  const known = new Set(migrations.map((m) => m.name));
  const live = applied.filter((a) => a.rolled_back_at === null || a.rolled_back_at === undefined);
  const failed = live.find((a) => a.finished_at === null || a.finished_at === undefined);
  if (failed) {
    throw new MigrationError(`The migration ${failed.migration_name} failed earlier and was left half applied; repair the database by hand (or restore a backup) before starting Claimdesk.`);
  }
  const unknown = live.filter((a) => !known.has(a.migration_name)).map((a) => a.migration_name);
  if (unknown.length) {
    throw new MigrationError(`The database was migrated by a newer Claimdesk (${unknown.join(", ")}); run that version, or restore a backup taken before it.`);
  }
  const done = new Set(live.map((a) => a.migration_name));
  return migrations.filter((m) => !done.has(m.name));
}

const SQLITE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const PG_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes SQLite's write lock, waiting (and saying so) while another process holds it. */
async function lockSqlite(db: Database.Database, file: string, log: MigrationLog, timeoutMs: number): Promise<void> {
  const started = Date.now();
  let reminded = 0;
  for (;;) {
    try {
      db.exec("BEGIN IMMEDIATE");
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited > timeoutMs) {
        throw new MigrationError(`Another process kept the database ${file} locked for ${Math.round(waited / 1000)} s; stop it (or the command line) and start again.`);
      }
      if (waited >= reminded) {
        log(reminded === 0
          ? `Waiting for the database lock: another process is writing to ${file} (a running Claimdesk or the command line)…`
          : `Still waiting for the database lock (${Math.round(waited / 1000)} s)…`);
        reminded += REMIND_MS;
      }
      await sleep(50);
    }
  }
}

async function migrateSqlite(url: string, migrations: Migration[], log: MigrationLog, timeoutMs: number): Promise<string[]> {
  const file = sqliteFile(url);
  const db = new Database(file, { timeout: 0 });
  const applied: string[] = [];
  try {
    for (let round = 0; ; round++) {
      if (round === 0) {
        await retryPragma(() => db.pragma("journal_mode = WAL"));
        // Prisma's SQLite migrations rebuild tables with foreign keys off; inside a transaction that
        // pragma is ignored, so it is set here and the keys are checked before each commit.
        db.pragma("foreign_keys = OFF");
        db.pragma("synchronous = FULL");
      }
      await lockSqlite(db, file, log, timeoutMs);
      try {
        db.exec(SQLITE_HISTORY);
        const next = pending(migrations, db.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as Applied[])[0];
        if (!next) {
          db.exec("COMMIT");
          return applied;
        }
        const startedAt = new Date().toISOString();
        db.exec(next.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length) throw new MigrationError(`The migration ${next.name} leaves ${broken.length} rows with a broken foreign key.`);
        db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`)
          .run(randomUUID(), next.checksum, new Date().toISOString(), next.name, startedAt);
        db.exec("COMMIT");
        applied.push(next.name);
        log(`Applied migration ${next.name}`);
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    }
  } finally {
    db.close();
  }
}

async function retryPragma(run: () => unknown): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      run();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

async function migratePg(url: string, migrations: Migration[], log: MigrationLog, timeoutMs: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${MIGRATION_LOCK}) AS ok`);
    if (!rows[0].ok) {
      log("Waiting for another Claimdesk server to finish migrating the database…");
      await client.query(`SET lock_timeout = ${Math.floor(timeoutMs)}`);
      await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
      await client.query("RESET lock_timeout");
    }
    try {
      await client.query(PG_HISTORY);
      const history = await client.query<Applied>(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`);
      for (const next of pending(migrations, history.rows)) {
        const startedAt = new Date();
        await client.query("BEGIN");
        try {
          await client.query(next.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
            [randomUUID(), next.checksum, next.name, startedAt],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new MigrationError(`The migration ${next.name} failed and was rolled back: ${(error as Error).message}`);
        }
        applied.push(next.name);
        log(`Applied migration ${next.name}`);
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    await client.end();
  }
  return applied;
}

/** Brings the database at `url` up to the newest migration; returns the names applied now. */
export async function migrateDatabase(url: string, options: MigrationOptions = {}): Promise<string[]> {
  const dialect = dialectOf(url);
  const migrations = migrationsOf(dialect, options.root);
  if (migrations.length === 0) throw new MigrationError(`No ${dialect} migrations found under ${options.root ?? process.cwd()}.`);
  const log = options.log ?? ((message: string) => console.log(message));
  const timeout = options.lockTimeoutMs ?? LOCK_TIMEOUT_MS;
  return dialect === "sqlite" ? migrateSqlite(url, migrations, log, timeout) : migratePg(url, migrations, log, timeout);
}
