import type { Db, Tx } from "@/lib/db";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { locked: false } | { locked: true; retryAt: Date };

/**
 * Locked when MAX_FAILURES failed attempts for this email fall inside the window since its last
 * success; the lock lifts when the oldest of those failures leaves the window.
 */
export async function throttleState(client: Db | Tx, email: string, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = await client.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const failures = await client.loginAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: "desc" },
    take: MAX_FAILURES,
    select: { createdAt: true },
  });
  if (failures.length < MAX_FAILURES) return { locked: false };
  const oldest = failures[failures.length - 1];
  return { locked: true, retryAt: new Date(oldest.createdAt.getTime() + WINDOW_MS) };
}

export async function recordAttempt(client: Db | Tx, email: string, succeeded: boolean, now = new Date()) {
  await client.loginAttempt.create({ data: { email, succeeded, createdAt: now }, select: { id: true } });
}

export function throttleMessage(retryAt: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-in attempts for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
