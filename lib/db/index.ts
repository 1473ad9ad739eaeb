import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";
import { onShutdown } from "@/lib/server/lifecycle";
import { ClaimdeskPgFactory } from "./pg-adapter";
import { ClaimdeskSqliteFactory } from "./sqlite-adapter";
import { dialectOf, type Dialect } from "./url";

/** The NOTIFY channel of bulletin changes on PostgreSQL. */
export const CHANGES_CHANNEL = "claimdesk_changes";

// The one place that knows which database is in use. Both generated clients have the same model
// API (one data model, see schema-twin.ts); the domain sees one type, `Db`, and never asks which.

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Kept on the client itself: Next.js may bundle this module twice, and both copies share the client.
const URL_KEY = Symbol.for("claimdesk.databaseUrl");
type WithUrl = { [URL_KEY]?: string };

// A request may queue behind other writers (they run one at a time on both databases).
const transactionOptions = { maxWait: 15_000, timeout: 30_000 };

/** Opens a client for a SQLite file (`file:…`) or a PostgreSQL server (`postgres://…`). */
export function createDb(url: string, options: { poolSize?: number } = {}): Db {
  const dialect = dialectOf(url);
  const client = dialect === "postgresql"
    ? (new PgPrismaClient({ adapter: new ClaimdeskPgFactory(url, options.poolSize ?? 10), transactionOptions }) as unknown as Db)
    : new PrismaClient({ adapter: new ClaimdeskSqliteFactory(url), transactionOptions });
  (client as unknown as WithUrl)[URL_KEY] = url;
  return client;
}

/** The database URL a client was opened with, for the bulk writer that works beside it. */
export function databaseUrlOf(client: Db): string {
  const url = (client as unknown as WithUrl)[URL_KEY];
  if (!url) throw new Error("This database client was not opened with createDb().");
  return url;
}

/** Which database a client (or a transaction of one) works on; Prisma's client and its transactions both carry it. */
export function dialectOfClient(client: Db | Tx): Dialect {
  return (client as unknown as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * Inside a write transaction: tells other servers that a bulletin changed. PostgreSQL delivers a
 * NOTIFY at commit (and never for a rolled-back change); on SQLite every server polls the version.
 */
export async function announceChange(tx: Tx, bulletinId: string, version: number): Promise<void> {
  if (dialectOfClient(tx) === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_notify('${CHANGES_CHANNEL}', $1)`, `${bulletinId}:${version}`);
}

/** Kept for callers that prepared the database after opening it; the adapters now set it up on connect. */
export async function prepareDatabase(client: Db): Promise<void> {
  await client.$connect();
}

/**
 * A consistent read of many queries (a backup): a snapshot that blocks no writer. On both
 * databases a Serializable transaction is taken as a read-only snapshot (see the adapters).
 */
export function readSnapshot<T>(client: Db, read: (tx: Tx) => Promise<T>, options: { timeout: number; maxWait: number }): Promise<T> {
  return client.$transaction(read, { ...options, isolationLevel: "Serializable" });
}

/** A text filter that matches regardless of case on both databases (SQLite's LIKE already does for ASCII). */
export function containsText(client: Db, text: string): Prisma.StringFilter {
  return (dialectOfClient(client) === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text }) as Prisma.StringFilter;
}

const clients = new Map<string, Db>();

/** A client for the database at `url`: the app's own when it is that database, else one opened once per process (jobs). */
export function clientFor(url: string): Db {
  if (databaseUrlOf(db) === url) return db;
  let client = clients.get(url);
  if (!client) {
    client = createDb(url);
    clients.set(url, client);
    onShutdown("database", () => client!.$disconnect());
  }
  return client;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

// One client per process; dev-mode hot reloads would otherwise open a new one on every edit.
export const db: Db = globalForDb.claimdeskDb ?? createDb(env().DATABASE_URL);
if (!globalForDb.claimdeskDb) onShutdown("database", () => db.$disconnect());
globalForDb.claimdeskDb = db;
