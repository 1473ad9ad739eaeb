import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction,
} from "@prisma/driver-adapter-utils";
import { Mutex } from "./mutex";

// Prisma's better-sqlite3 adapter opens one connection, begins transactions DEFERRED and runs
// queries outside a transaction on that same connection, in the middle of another request's open
// transaction. Under load from a second process a deferred transaction that reads before it writes
// fails with SQLITE_BUSY_SNAPSHOT, which no busy timeout can retry. This wrapper keeps Prisma's
// type mapping and changes how connections are used:
// - writes (transactions and single statements) go through one write connection, one at a time,
//   and take the write lock up front with BEGIN IMMEDIATE, retried without blocking the event loop;
// - reads outside a transaction go to a read connection, which under WAL never waits for a writer;
// - a Serializable transaction is a read-only snapshot on a connection of its own (backups).

/** How long a write waits for another process to release the database, in all. */
export const LOCK_WAIT_MS = 15_000;

const empty = { args: [], argTypes: [] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = String(e?.cause?.originalCode ?? e?.code ?? "");
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

/** Runs `attempt` until it stops failing with SQLITE_BUSY, sleeping between tries instead of blocking. */
export async function retryWhileBusy<T>(attempt: () => Promise<T> | T, waitMs = LOCK_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let round = 0; ; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await sleep(Math.min(1 + round * 2, 25) * (0.5 + Math.random()));
    }
  }
}

const isRead = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(sql.slice(0, 200));

class WriteTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = "claimdesk-sqlite";
  readonly options = { usePhantomQuery: false };
  constructor(private readonly connection: SqlDriverAdapter, private readonly release: () => void) {}
  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.connection.queryRaw(query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    // Under WAL only COMMIT could still meet a busy database (a checkpoint by another process); it may be retried.
    if (/^\s*COMMIT\b/i.test(query.sql)) return retryWhileBusy(() => this.connection.executeRaw(query));
    return this.connection.executeRaw(query);
  }
  async commit(): Promise<void> {
    this.release();
  }
  async rollback(): Promise<void> {
    this.release();
  }
}

class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = "claimdesk-sqlite";
  private readonly writeLock = new Mutex();
  private readonly snapshotLock = new Mutex();
  private snapshotConnection?: Promise<SqlDriverAdapter>;

  constructor(
    private readonly url: string,
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter,
  ) {}

  private async begin(): Promise<() => void> {
    const release = await this.writeLock.acquire();
    try {
      await retryWhileBusy(() => this.writer.executeRaw({ sql: "BEGIN IMMEDIATE", ...empty }));
      return release;
    } catch (error) {
      release();
      throw error;
    }
  }

  private async locked<T>(run: () => Promise<T>): Promise<T> {
    const release = await this.writeLock.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  }

  /** A single write statement, in a transaction of its own so it too takes the lock up front. */
  private async write<T>(sql: string, run: () => Promise<T>): Promise<T> {
    // A pragma cannot run inside a transaction (journal_mode refuses to).
    if (/^\s*PRAGMA\b/i.test(sql)) return this.locked(run);
    const release = await this.begin();
    try {
      const result = await run();
      await retryWhileBusy(() => this.writer.executeRaw({ sql: "COMMIT", ...empty }));
      return result;
    } catch (error) {
      await this.writer.executeRaw({ sql: "ROLLBACK", ...empty }).catch(() => {});
      throw error;
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (isRead(query.sql)) return this.reader.queryRaw(query);
    return this.write(query.sql, () => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.write(query.sql, () => this.writer.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.locked(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel === "SERIALIZABLE") return this.snapshot();
    return new WriteTransaction(this.writer, await this.begin());
  }

  /** A read-only snapshot: a deferred transaction on its own connection, taking no write lock. */
  private async snapshot(): Promise<Transaction> {
    const release = await this.snapshotLock.acquire();
    try {
      this.snapshotConnection ??= openConnection(this.url, { readOnly: true });
      const connection = await this.snapshotConnection;
      await connection.executeRaw({ sql: "BEGIN", ...empty });
      return new WriteTransaction(connection, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  async dispose(): Promise<void> {
    await this.writeLock.acquire();
    await Promise.all([this.writer.dispose(), this.reader.dispose(), this.snapshotConnection?.then((c) => c.dispose())]);
  }
}

async function openConnection(url: string, { readOnly }: { readOnly: boolean }): Promise<SqlDriverAdapter> {
  // A reader may wait a moment for WAL recovery; a writer never blocks inside SQLite (see retryWhileBusy).
  const connection = await new PrismaBetterSQLite3({ url, timeout: readOnly ? 5_000 : 0 }).connect();
  // FULL: a commit is on disk before it is acknowledged, so a power cut loses no acknowledged write.
  await connection.executeScript(readOnly ? "PRAGMA query_only = ON" : "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
  return connection;
}

export class ClaimdeskSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "claimdesk-sqlite";
  constructor(private readonly url: string) {}
  async connect(): Promise<SqlDriverAdapter> {
    const writer = await openConnection(this.url, { readOnly: false });
    await retryWhileBusy(() => writer.executeScript("PRAGMA journal_mode = WAL"));
    return new SqliteAdapter(this.url, writer, await openConnection(this.url, { readOnly: true }));
  }
}
