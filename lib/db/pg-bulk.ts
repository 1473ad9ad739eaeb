import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { WRITE_LOCK } from "./pg-adapter";
import type { Row, TableRows, Value } from "./sqlite-bulk";

// Bulk writes for large imports on PostgreSQL: COPY … FROM STDIN (text format), one table after
// another, in one transaction that takes the same write lock as every other write transaction.

const pools = new Map<string, pg.Pool>();

function pool(url: string): pg.Pool {
  let found = pools.get(url);
  if (!found) {
    found = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server closes (a restart) is replaced on the next use; nothing to report.
    found.on("error", () => {});
    pools.set(url, found);
  }
  return found;
}

/** One value in COPY's text format: \N for null, backslash escapes for the characters it reserves. */
function copyValue(value: Value): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** Rows with the same columns, so each group is one COPY. */
function byColumns(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row).join(",");
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  return groups;
}

function* lines(columns: string[], rows: Row[]): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += columns.map((c) => copyValue(row[c])).join("\t") + "\n";
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** Inserts every table's rows, in order, in one transaction: all of them or, on any error, none. */
export async function insertAllPg(url: string, tables: TableRows[]): Promise<void> {
  const client = await pool(url).connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    for (const { table, rows } of tables) {
      for (const [key, group] of byColumns(rows)) {
        const columns = key.split(",");
        const copy = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
        await pipeline(Readable.from(lines(columns, group)), copy);
      }
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function closePgBulkConnections(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.end()));
}
