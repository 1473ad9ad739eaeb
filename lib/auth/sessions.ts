import type { Db, Tx } from "@/lib/db";

/** The absolute lifetime of a session, however active: 12 hours. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
// lastSeenAt is written at most this often, so an active session costs one read per request.
const SEEN_GRANULARITY_MS = 60_000;

export type SessionUser = { id: string; email: string; name: string; role: "ADMIN" | "EDITOR" | "REVIEWER"; active: boolean; createdAt: Date; locale: string | null };

export async function startSession(client: Db | Tx, userId: string, now = new Date()): Promise<string> {
  const session = await client.session.create({ data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) }, select: { id: true } });
  return session.id;
}

export async function revokeSession(client: Db | Tx, sessionId: string, now = new Date()): Promise<void> {
  await client.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends everything that speaks for a user: every session and every API token. Called on a password
 * change or reset and on deactivation, so a reactivated account starts with nothing from before.
 */
export async function endUserAccess(tx: Tx, userId: string, now = new Date()): Promise<{ sessions: number; tokens: number }> {
  const sessions = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return { sessions: sessions.count, tokens: tokens.count };
}

/**
 * The active user behind a live session, in one query by primary keys: not revoked, not past its
 * absolute lifetime, not idle for longer than `idleMs`. Null when any of that fails.
 */
export async function sessionUser(client: Db, userId: string, sessionId: string, idleMs: number, now = new Date()): Promise<SessionUser | null> {
  const user = await client.user.findFirst({
    where: {
      id: userId,
      active: true,
      sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleMs) } } },
    },
    select: {
      id: true, email: true, name: true, role: true, active: true, createdAt: true, locale: true,
      // 1 when lastSeenAt is old enough to be refreshed; counted in the same statement.
      _count: { select: { sessions: { where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - SEEN_GRANULARITY_MS) } } } } },
    },
  });
  if (!user) return null;
  const { _count, ...rest } = user;
  if (_count.sessions > 0) await client.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return rest;
}
