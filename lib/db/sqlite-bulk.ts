import Database from "better-sqlite3";

// Bulk writes for large imports. Prisma's createMany costs about 0.3 ms a row through the query
// compiler and driver adapter; a 1 MB bulletin brings 6,000+ claims and as many figures, so an
// import would take seconds. This writes the same rows with prepared statements on the same SQLite
// file in one transaction. It handles only plain inserts of rows shaped exactly like the Prisma
// models, stored in Prisma's formats (ISO dates with +00:00, booleans as 0/1).

export type Value = string | number | boolean | Date | null | undefined;
export type Row = Record<string, Value>;
export type TableRows = { table: string; rows: Row[] };

const connections = new Map<string, Database.Database>();

function connection(url: string): Database.Database {
  let db = connections.get(url);
  if (!db) {
    // A bulk write may wait (synchronously) for another process's write; it runs in a worker thread.
    db = new Database(url.replace(/^file:/, ""), { timeout: 15_000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    connections.set(url, db);
  }
  return db;
}

function sqliteValue(value: Value): string | number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** Inserts every table's rows, in order, in one transaction: all of them or, on any error, none. */
export function insertAll(url: string, tables: TableRows[]): void {
  const db = connection(url);
  const statements = new Map<string, Database.Statement>();
  db.transaction(() => {
    for (const { table, rows } of tables) {
      for (const row of rows) {
        const columns = Object.keys(row);
        const key = `${table}|${columns.join(",")}`;
        let statement = statements.get(key);
        if (!statement) {
          statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
          statements.set(key, statement);
        }
        statement.run(columns.map((c) => sqliteValue(row[c])));
      }
    }
  }).immediate();
}

export function closeBulkConnections(): void {
  for (const db of connections.values()) db.close();
  connections.clear();
}
