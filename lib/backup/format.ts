import { z } from "zod";
import { TABLES, tableNamed, type Row, type TableSpec } from "./tables";

// The backup file is JSON Lines, so it can be written and read a row at a time:
//   line 1   {"format":"claimdesk-backup","version":1,"createdAt":"…","withCredentials":false,"migration":"…","tables":[…]}
//   then     {"table":"Claim","row":{…}}            one per row, tables in the header's order
//   last     {"end":true,"counts":{"Claim":12,…}}   so a file cut short at a line break is still caught
// Dates are ISO 8601 strings (JSON.stringify of a Date); every other value is stored as Prisma reads it.

export const FORMAT = "claimdesk-backup";
export const VERSION = 1;

/** A problem with a backup file or the database it goes into; the message may be shown to the user. */
export class BackupError extends Error {}

export type Header = z.infer<typeof headerSchema>;

const headerSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  withCredentials: z.boolean(),
  // The schema migration the database was at; a backup restores only into a database at the same one.
  // (Backups from before this field was written carry none.)
  migration: z.string().min(1).optional(),
  tables: z.array(z.string()),
});

const rowLineSchema = z.object({ table: z.string(), row: z.record(z.string(), z.unknown()) }).strict();
const endLineSchema = z.object({ end: z.literal(true), counts: z.record(z.string(), z.number().int().min(0)) }).strict();

export function headerLine(withCredentials: boolean, migration: string | null, createdAt = new Date()): string {
  const header: Header = {
    format: FORMAT, version: VERSION, createdAt: createdAt.toISOString(), withCredentials, ...(migration ? { migration } : {}), tables: TABLES.map((t) => t.name),
  };
  return JSON.stringify(header) + "\n";
}

export function rowLine(table: TableSpec, row: Row): string {
  const encoded = { ...row };
  for (const field of table.binary ?? []) {
    const value = row[field];
    if (value instanceof Uint8Array) encoded[field] = Buffer.from(value).toString("base64");
  }
  return JSON.stringify({ table: table.name, row: encoded }) + "\n";
}

export function endLine(counts: Record<string, number>): string {
  return JSON.stringify({ end: true, counts }) + "\n";
}

function parseJson(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError(`line ${lineNumber} is not valid JSON: the backup file is corrupt or was cut short`);
  }
}

/** Reads line 1, telling a file that is not a backup apart from one this version cannot read. */
export function parseHeader(text: string): Header {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new BackupError("this is not a Claimdesk backup (its first line is not a backup header)");
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== FORMAT) throw new BackupError("this is not a Claimdesk backup (its first line is not a backup header)");
  const result = headerSchema.safeParse(value);
  if (!result.success) throw new BackupError("line 1: the backup header is damaged");
  const header = result.data;
  if (header.version !== VERSION) {
    throw new BackupError(`this backup has format version ${header.version}; this Claimdesk reads version ${VERSION} only`);
  }
  const unknown = header.tables.filter((name) => !tableNamed(name));
  if (unknown.length) throw new BackupError(`this backup holds tables this Claimdesk does not know: ${unknown.join(", ")}`);
  const order = header.tables.map((name) => TABLES.findIndex((t) => t.name === name));
  if (order.some((position, i) => i > 0 && position <= order[i - 1])) throw new BackupError("line 1: the backup lists its tables out of order");
  return header;
}

export type BodyLine = { kind: "row"; table: TableSpec; row: Row } | { kind: "end"; counts: Record<string, number> };

/** Reads one line after the header; the line number goes into every message. */
export function parseBodyLine(text: string, lineNumber: number, header: Header): BodyLine {
  if (text.trim() === "") throw new BackupError(`line ${lineNumber} is empty: the backup file is corrupt`);
  const value = parseJson(text, lineNumber);
  const end = endLineSchema.safeParse(value);
  if (end.success) return { kind: "end", counts: end.data.counts };
  const row = rowLineSchema.safeParse(value);
  if (!row.success) throw new BackupError(`line ${lineNumber} is not a backup row: the backup file is corrupt`);
  const table = header.tables.includes(row.data.table) ? tableNamed(row.data.table) : undefined;
  if (!table) throw new BackupError(`line ${lineNumber} names a table the header does not list (${row.data.table})`);
  for (const field of table.binary ?? []) {
    const value = row.data.row[field];
    if (typeof value === "string") row.data.row[field] = new Uint8Array(Buffer.from(value, "base64"));
  }
  return { kind: "row", table, row: row.data.row };
}
