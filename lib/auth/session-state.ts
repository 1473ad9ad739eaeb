import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { userForToken } from "@/lib/tokens/api-tokens";
import { findActiveUserById, findSessionUser } from "@/lib/users/queries";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveUserById>>>;

export type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/** What the session token carries (see the callbacks in ./options): the user id and when they signed in. */
export type SessionClaims = { id?: unknown; signedInAt?: unknown };

/**
 * A decoded session against the database, so a deactivation counts at once; a session from
 * before the user's password last changed has ended too.
 */
export async function sessionStateFor(claims: SessionClaims | null | undefined): Promise<SessionState> {
  const id = claims?.id;
  if (typeof id !== "string" || !id) return { kind: "anonymous" };
  const found = await findSessionUser(id);
  const signedInAt = claims?.signedInAt;
  if (!found || typeof signedInAt !== "number" || signedInAt < found.passwordChangedAt.getTime()) return { kind: "ended" };
  return { kind: "user", user: { id: found.id, email: found.email, name: found.name, role: found.role, active: found.active, createdAt: found.createdAt } };
}

/** A route's user: the personal API token when an Authorization header is sent (then only it), else the session. */
export async function apiUserFor(authorization: string | null, session: () => Promise<SessionState>): Promise<CurrentUser> {
  if (authorization) {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const user = secret ? await userForToken(db, secret) : null;
    if (!user) throw new AppError("unauthenticated", "The API token is not valid or has been revoked.");
    return user;
  }
  const state = await session();
  if (state.kind !== "user") throw new AppError("unauthenticated", "Sign in or send an API token.");
  return state.user;
}
