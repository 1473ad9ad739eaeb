import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// A request that creates rows may carry a key its client made up for it. When the answer to the
// first try was lost (a crash, a dropped connection) and the client sends the same request again,
// the first answer is returned instead of creating the rows twice. The key is checked and stored in
// the transaction that creates the rows; write transactions run one at a time (lib/db), so two
// tries with one key cannot both create.

/** How long a key is remembered: far longer than any client retries. */
export const KEY_LIFETIME_MS = 24 * 60 * 60_000;

export type RequestKey = string | undefined;

/** The answer stored for `key`, or undefined; a key used for another kind of request is refused. */
export async function storedAnswer<T>(tx: Tx, userId: string, key: RequestKey, action: string): Promise<T | undefined> {
  if (!key) return undefined;
  const found = await tx.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { action: true, result: true } });
  if (!found) return undefined;
  if (found.action !== action) throw new AppError("bad_request", "request.keyReused");
  return JSON.parse(found.result) as T;
}

export async function storeAnswer(tx: Tx, userId: string, key: RequestKey, action: string, answer: unknown): Promise<void> {
  if (!key) return;
  await tx.idempotencyKey.create({ data: { userId, key, action, result: JSON.stringify(answer) }, select: { key: true } });
}

/** Runs `create` once per key inside the caller's transaction: a repeat gets the stored answer (plain JSON). */
export async function once<T>(tx: Tx, userId: string, key: RequestKey, action: string, create: () => Promise<T>): Promise<T> {
  const stored = await storedAnswer<T>(tx, userId, key, action);
  if (stored !== undefined) return stored;
  const answer = await create();
  await storeAnswer(tx, userId, key, action, answer);
  return answer;
}

/** Forgets keys older than their lifetime (run now and then by the server). */
export async function forgetOldKeys(client: Db, now = new Date()): Promise<number> {
  const { count } = await client.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEY_LIFETIME_MS) } } });
  return count;
}

/**
 * A UUID named after a request key (a fresh one without a key): a retried request meets the job or
 * row its first try made. pg-boss job ids must be UUIDs.
 */
export function uuidForKey(scope: string, actorId: string, key: RequestKey): string {
  if (!key) return randomUUID();
  const hex = createHash("sha256").update(`${scope}:${actorId}:${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
