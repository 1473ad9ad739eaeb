import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/config/env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const urls = new WeakMap<PrismaClient, string>();

/** Opens a client; better-sqlite3 enforces foreign keys by default, `timeout` is SQLite's busy timeout. */
export function createDb(url: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }) });
  urls.set(client, url);
  return client;
}

/** The database URL a client was opened with, for the bulk writer that works beside it. */
export function databaseUrlOf(client: PrismaClient): string {
  const url = urls.get(client);
  if (!url) throw new Error("This database client was not opened with createDb().");
  return url;
}

/** WAL lets readers run beside the one writer; it is stored in the database file, so once is enough. */
export async function prepareDatabase(client: PrismaClient): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}

const globalForDb = globalThis as unknown as { claimdeskDb?: PrismaClient };

// One client per process; dev-mode hot reloads would otherwise open a new one on every edit.
export const db: PrismaClient = globalForDb.claimdeskDb ?? createDb(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.claimdeskDb = db;
