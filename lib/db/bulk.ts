import { insertAllPg } from "./pg-bulk";
import { insertAll, type TableRows } from "./sqlite-bulk";
import { dialectOf } from "./url";

export type { Row, TableRows } from "./sqlite-bulk";

/**
 * Inserts many rows shaped like the Prisma models, table after table, in one write transaction:
 * prepared statements on SQLite, COPY on PostgreSQL. All of them or, on any error, none.
 */
export async function bulkInsert(url: string, tables: TableRows[]): Promise<void> {
  if (dialectOf(url) === "postgresql") return insertAllPg(url, tables);
  insertAll(url, tables);
}
