import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Db, Tx } from "@/lib/db";
import { BackupError, parseBodyLine, parseHeader, type Header } from "./format";
import { TABLES, delegateOf, describeCount, type Row, type TableSpec } from "./tables";
import { LONG_TRANSACTION } from "./write";
import { latestMigration } from "@/lib/db/health";

const CHUNK = 500;

// Not an argon2 string, so verifyPassword() rejects every password against it: a user restored
// from a backup without credentials cannot sign in until given a new password.
export const UNUSABLE_PASSWORD = "!restored-without-credentials";

export type RestoreResult = { header: Header; counts: Record<string, number>; usersWithoutPassword: number; tokensWithoutSecret: number };

/** Fills a secret the backup left out: token hashes are unique, so each gets its own dead value. */
function withPlaceholders(table: TableSpec, row: Row, result: RestoreResult): Row {
  for (const field of table.secrets) {
    if (row[field] !== undefined && row[field] !== null) continue;
    if (table.name === "User") {
      row[field] = UNUSABLE_PASSWORD;
      result.usersWithoutPassword++;
    } else {
      // A SHA-256 hex digest never contains ':', so no token can ever match this.
      row[field] = `restored-without-credentials:${randomUUID()}`;
      result.tokensWithoutSecret++;
    }
  }
  return row;
}

/** Refuses any database that already holds work, so a restore never mixes two workspaces. */
async function assertEmpty(tx: Tx): Promise<void> {
  const found: string[] = [];
  for (const table of TABLES) {
    const n = await delegateOf(tx, table).count();
    if (n > 0) found.push(describeCount(table, n));
  }
  if (found.length) throw new BackupError(`The database is not empty (${found.join(", ")}): restore only into a new database.`);
}

/** The last line of a Prisma error says what the database refused; the rest is a query dump. */
function databaseReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? "unknown error";
}

/**
 * Restores a backup into an empty database in ONE transaction: a damaged line, a refused row or a
 * non-empty database leaves the database exactly as it was. Rows keep their ids, versions and
 * timestamps; updatedAt is in every row, so Prisma's @updatedAt does not replace it.
 */
export async function restoreBackup(client: Db, input: Readable, options: { chunkSize?: number } = {}): Promise<RestoreResult> {
  const chunkSize = options.chunkSize ?? CHUNK;
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new BackupError("the backup file is empty");
  const header = parseHeader(first.value);
  const current = await latestMigration(client);
  if (current === null) throw new BackupError("the database has no Claimdesk tables; create them with npm run db:migrate first");
  if (header.migration && header.migration !== current) {
    throw new BackupError(
      `this backup was taken at schema migration ${header.migration}, but this database is at ${current ?? "no migration"}: ` +
        "restore it with the Claimdesk version that made it (or upgrade that installation, take a new backup and restore that)",
    );
  }
  const result: RestoreResult = { header, counts: Object.fromEntries(header.tables.map((t) => [t, 0])), usersWithoutPassword: 0, tokensWithoutSecret: 0 };

  await client.$transaction(async (tx) => {
    await assertEmpty(tx);
    let pending: { table: TableSpec; rows: Row[]; firstLine: number } | undefined;
    const flush = async (lastLine: number) => {
      if (!pending || pending.rows.length === 0) return;
      const { table, rows, firstLine } = pending;
      try {
        await delegateOf(tx, table).createMany({ data: rows });
      } catch (error) {
        throw new BackupError(`the database refused the ${table.noun[1]} on lines ${firstLine}–${lastLine}: ${databaseReason(error)}`);
      }
      pending = { table, rows: [], firstLine: lastLine + 1 };
    };

    let lineNumber = 1;
    let tableIndex = -1;
    let ended = false;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      lineNumber++;
      if (ended) {
        if (next.value.trim() === "") continue;
        throw new BackupError(`line ${lineNumber} comes after the end of the backup: the file is corrupt`);
      }
      const line = parseBodyLine(next.value, lineNumber, header);
      if (line.kind === "end") {
        await flush(lineNumber - 1);
        for (const name of header.tables) {
          if (line.counts[name] !== result.counts[name]) {
            throw new BackupError(`line ${lineNumber}: the backup promises ${line.counts[name] ?? 0} rows of ${name} but holds ${result.counts[name]}`);
          }
        }
        ended = true;
        continue;
      }
      const index = TABLES.indexOf(line.table);
      if (index < tableIndex) throw new BackupError(`line ${lineNumber}: a ${line.table.name} row comes after the ${TABLES[tableIndex].name} rows: the file is out of order`);
      if (index !== tableIndex || (pending && pending.rows.length >= chunkSize)) {
        await flush(lineNumber - 1);
        pending = { table: line.table, rows: [], firstLine: lineNumber };
        tableIndex = index;
      }
      pending!.rows.push(withPlaceholders(line.table, line.row, result));
      result.counts[line.table.name]++;
    }
    if (!ended) throw new BackupError(`the backup ends at line ${lineNumber} without its closing line: it was cut short`);
  }, LONG_TRANSACTION);
  return result;
}
