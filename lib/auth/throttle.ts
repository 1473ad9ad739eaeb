import type { Db, Tx } from "@/lib/db";
import { message, type Message } from "@/lib/i18n/catalogue";

export const MAX_FAILURES = 5;
/** Failed sign-ins from one client address, whatever the emails, before it must wait. */
export const MAX_ADDRESS_FAILURES = 20;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { locked: false } | { locked: true; retryAt: Date };

/** Where the attempt comes from: the client's address, and the known-device id when its cookie is valid. */
export type AttemptOrigin = { ip: string; deviceId: string | null };

async function lockAfter(client: Db | Tx, where: object, limit: number, now: Date, sinceSuccess = true): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = sinceSuccess
    ? await client.loginAttempt.findFirst({ where: { ...where, succeeded: true, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } })
    : null;
  const failures = await client.loginAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (failures.length < limit) return { locked: false };
  return { locked: true, retryAt: new Date(failures[failures.length - 1].createdAt.getTime() + WINDOW_MS) };
}

/**
 * Locked when MAX_FAILURES failed attempts for this email from unknown devices fall inside the
 * window since its last success; the lock lifts when the oldest of those failures leaves the window.
 */
export function throttleState(client: Db | Tx, email: string, now = new Date()): Promise<ThrottleState> {
  return lockAfter(client, { email, deviceId: null }, MAX_FAILURES, now);
}

/** A known device locks only itself, after its own MAX_FAILURES failures. */
export function deviceThrottle(client: Db | Tx, deviceId: string, now = new Date()): Promise<ThrottleState> {
  return lockAfter(client, { deviceId }, MAX_FAILURES, now);
}

/** One address trying many emails: MAX_ADDRESS_FAILURES failures in the window, successes do not reset it. */
export function addressThrottle(client: Db | Tx, ip: string, now = new Date()): Promise<ThrottleState> {
  return lockAfter(client, { ip }, MAX_ADDRESS_FAILURES, now, false);
}

export async function recordAttempt(client: Db | Tx, email: string, succeeded: boolean, now = new Date(), from: AttemptOrigin = { ip: "", deviceId: null }) {
  await client.loginAttempt.create({ data: { email, succeeded, createdAt: now, ip: from.ip, deviceId: from.deviceId }, select: { id: true } });
}

function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}

export function throttleMessage(retryAt: Date, now = new Date()): Message {
  return message("throttled", { n: minutesUntil(retryAt, now) });
}

export function addressThrottleMessage(retryAt: Date, now = new Date()): Message {
  return message("throttledAddress", { n: minutesUntil(retryAt, now) });
}
