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

type SessionRow = SessionUser & { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date };

/**
 * The active user behind a live session, in one query by primary keys: not revoked, not past its
 * absolute lifetime, not idle for longer than `idleMs`. Null when any of that fails.
 *
 * Every request asks this, so it is written in SQL (the same on SQLite and PostgreSQL) and the
 * conditions are checked here: through Prisma's query compiler the same lookup, with its relation
 * filter and count, cost about 2.4 ms of CPU a request against 0.5 ms.
 */
export async function sessionUser(client: Db, userId: string, sessionId: string, idleMs: number, now = new Date()): Promise<SessionUser | null> {
  const [row] = await client.$queryRaw<SessionRow[]>`
    SELECT u."id", u."email", u."name", u."role", u."active", u."createdAt", u."locale", s."revokedAt", s."expiresAt", s."lastSeenAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId}`;
  if (!row || !row.active || row.revokedAt !== null) return null;
  const at = now.getTime();
  const lastSeen = new Date(row.lastSeenAt).getTime();
  if (new Date(row.expiresAt).getTime() <= at || lastSeen <= at - idleMs) return null;
  if (lastSeen < at - SEEN_GRANULARITY_MS) await client.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  const { id, email, name, role, createdAt, locale } = row;
  return { id, email, name, role, active: true, createdAt: new Date(createdAt), locale };
}
