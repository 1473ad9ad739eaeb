import { once } from "node:events";
import type { Writable } from "node:stream";
import { readSnapshot, type Db } from "@/lib/db";
import { latestMigration } from "@/lib/db/health";
import { endLine, headerLine, rowLine } from "./format";
import { TABLES, delegateOf, type Row, type TableSpec } from "./tables";

const PAGE = 500;

// A backup of a large workspace may take minutes; Prisma's 5-second default would abort it.
export const LONG_TRANSACTION = { maxWait: 30_000, timeout: 60 * 60_000 };

/** Rows strictly after `last` in key order (keyset paging: no OFFSET scan, stable under ties). */
function after(table: TableSpec, last: Row | undefined): Row | undefined {
  if (!last) return undefined;
  const [first, second] = table.key;
  if (!second) return { [first]: { gt: last[first] } };
  return { OR: [{ [first]: { gt: last[first] } }, { [first]: last[first], [second]: { gt: last[second] } }] };
}

async function write(out: Writable, chunk: string): Promise<void> {
  // A stream that failed (disk full, closed pipe) never drains: stop with its error instead.
  if (out.errored) throw out.errored;
  if (!out.write(chunk)) await once(out, "drain");
}

/**
 * Streams every table to `out`, a page at a time. All pages are read in one read-only snapshot (on
 * both databases), so a claim added meanwhile cannot leave a figure without its claim, and writers
 * are not blocked. The header names the migration the database is at. Returns the rows per table.
 */
export async function writeBackup(
  client: Db,
  out: Writable,
  options: { withCredentials: boolean; pageSize?: number },
): Promise<Record<string, number>> {
  const pageSize = options.pageSize ?? PAGE;
  const counts: Record<string, number> = {};
  const migration = await latestMigration(client);
  await readSnapshot(client, async (tx) => {
    await write(out, headerLine(options.withCredentials, migration));
    for (const table of TABLES) {
      const orderBy = table.key.map((k) => ({ [k]: "asc" }));
      let last: Row | undefined;
      counts[table.name] = 0;
      for (;;) {
        const rows = await delegateOf(tx, table).findMany({ where: after(table, last), orderBy, take: pageSize });
        if (rows.length === 0) break;
        let chunk = "";
        for (const row of rows) {
          if (!options.withCredentials) for (const field of table.secrets) delete row[field];
          chunk += rowLine(table, row);
        }
        await write(out, chunk);
        counts[table.name] += rows.length;
        last = rows[rows.length - 1];
        if (rows.length < pageSize) break;
      }
    }
    await write(out, endLine(counts));
  }, LONG_TRANSACTION);
  return counts;
}
