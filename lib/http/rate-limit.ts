import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { message } from "@/lib/i18n/catalogue";

// Per-client limits for what anyone can reach without signing in, counted in the database so that
// every app server sees the same counts. Fixed windows: one row per bucket, address and window.
export const RATE_LIMITS = {
  /** Every request to next-auth's endpoints (sign-in page data, CSRF token, callbacks, sign-out). */
  auth: { limit: 1_000, windowMs: 15 * 60_000 },
  /** Share links that open nothing: guessing a link is refused long before it could succeed. */
  "share-miss": { limit: 30, windowMs: 15 * 60_000 },
  /** API tokens that are wrong or revoked. */
  "token-miss": { limit: 30, windowMs: 15 * 60_000 },
  /** First-run setup, open to anyone only until the first account exists. */
  setup: { limit: 20, windowMs: 15 * 60_000 },
  /** Sources fetched by URL, per member: each is an outgoing request made on their behalf. */
  "source-fetch": { limit: 60, windowMs: 15 * 60_000 },
  /** The public API description. */
  public: { limit: 1_000, windowMs: 15 * 60_000 },
} as const;

export type Bucket = keyof typeof RATE_LIMITS;

function windowOf(bucket: Bucket, address: string, now: Date) {
  const { windowMs } = RATE_LIMITS[bucket];
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { key: `${bucket}|${address}|${start}`, endsAt: new Date(start + windowMs) };
}

export function throttledError(retryAt: Date, now = new Date()): AppError {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return new AppError("throttled", message("tooManyRequests", { n: minutes }));
}

/** When the address is over its limit in this window, the moment it may try again; else null. Reads only. */
export async function limitedUntil(client: Db, bucket: Bucket, address: string, now = new Date()): Promise<Date | null> {
  const { key, endsAt } = windowOf(bucket, address, now);
  const row = await client.rateLimitWindow.findUnique({ where: { key }, select: { count: true } });
  return row && row.count >= RATE_LIMITS[bucket].limit ? endsAt : null;
}

/** Counts one request (or one failure) and says whether the address is now over its limit. */
export async function countHit(client: Db, bucket: Bucket, address: string, now = new Date()): Promise<Date | null> {
  const { key, endsAt } = windowOf(bucket, address, now);
  const row = await client.rateLimitWindow.upsert({ where: { key }, create: { key, count: 1, endsAt }, update: { count: { increment: 1 } }, select: { count: true } });
  // The first hit of a window clears windows that have ended, so the table stays small.
  if (row.count === 1) await client.rateLimitWindow.deleteMany({ where: { endsAt: { lt: now } } });
  return row.count > RATE_LIMITS[bucket].limit ? endsAt : null;
}

/** Throws the 429 AppError when `countHit` says the address is over its limit. */
export async function enforce(client: Db, bucket: Bucket, address: string, now = new Date()): Promise<void> {
  const until = await countHit(client, bucket, address, now);
  if (until) throw throttledError(until, now);
}
