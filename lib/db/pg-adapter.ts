import { PrismaPg } from "@prisma/adapter-pg";
import type {
  IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction,
} from "@prisma/driver-adapter-utils";

// Write transactions on PostgreSQL run one at a time, as on SQLite: each takes one advisory lock
// first, then every statement (READ COMMITTED) sees all that committed before it. The domain's
// check-then-write rules (the sign-in throttle, the last administrator, the first-run setup, a
// claim read then changed) hold on both databases without row locks or serialisation retries.
// Reads outside a transaction take no lock; a Serializable transaction is a read-only snapshot.

/** The advisory lock every write transaction takes (any constant the app uses for nothing else). */
export const WRITE_LOCK = 7_243_110_907;

const empty = { args: [], argTypes: [] };

class PgAdapter implements SqlDriverAdapter {
  readonly provider = "postgres" as const;
  readonly adapterName = "claimdesk-pg";
  constructor(private readonly inner: SqlDriverAdapter) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }
  executeScript(script: string): Promise<void> {
    return this.inner.executeScript(script);
  }
  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel === "SERIALIZABLE") {
      const tx = await this.inner.startTransaction("SERIALIZABLE");
      await tx.executeRaw({ sql: "SET TRANSACTION READ ONLY DEFERRABLE", ...empty });
      return tx;
    }
    const tx = await this.inner.startTransaction();
    try {
      await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, ...empty });
    } catch (error) {
      await tx.executeRaw({ sql: "ROLLBACK", ...empty }).catch(() => {});
      await tx.rollback();
      throw error;
    }
    return tx;
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

export class ClaimdeskPgFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "claimdesk-pg";
  private readonly inner: PrismaPg;
  constructor(url: string, poolSize: number) {
    this.inner = new PrismaPg({ connectionString: url, max: poolSize });
  }
  async connect(): Promise<SqlDriverAdapter> {
    return new PgAdapter(await this.inner.connect());
  }
}
