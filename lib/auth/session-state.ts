import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countHit, throttledError } from "@/lib/http/rate-limit";
import { message } from "@/lib/i18n/catalogue";
import { tokenGrant } from "@/lib/tokens/api-tokens";
import type { TokenScope } from "@/lib/tokens/scopes";
import { findActiveUserById } from "@/lib/users/queries";
import { sessionUser } from "./sessions";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveUserById>>>;

export type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/** What the session token carries (see the callbacks in ./options): the user id and the Session row's id. */
export type SessionClaims = { id?: unknown; sid?: unknown };

/**
 * A decoded session against the database: the user and the session's row in one query, so a
 * sign-out, a deactivation, a password change or an idle timeout counts at once, on every app server.
 */
export async function sessionStateFor(claims: SessionClaims | null | undefined): Promise<SessionState> {
  const id = claims?.id;
  if (typeof id !== "string" || !id) return { kind: "anonymous" };
  const sid = claims?.sid;
  if (typeof sid !== "string" || !sid) return { kind: "ended" };
  const user = await sessionUser(db, id, sid, env().SESSION_IDLE_MINUTES * 60_000);
  return user ? { kind: "user", user } : { kind: "ended" };
}

/**
 * A route's user: the personal API token when an Authorization header is sent (then only it), else
 * the session. A token must carry the route's scope (403 otherwise); a session has every scope.
 * Wrong tokens are counted per client address: past the limit the answer is 429.
 */
export async function apiUserFor(authorization: string | null, session: () => Promise<SessionState>, address = "unknown", scope: TokenScope = "read"): Promise<CurrentUser> {
  if (authorization) {
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const grant = secret ? await tokenGrant(db, secret) : null;
    if (grant) {
      if (!grant.scopes.includes(scope)) throw new AppError("forbidden", message("token.scopeMissing", { scope }));
      return grant.user;
    }
    // Only a miss costs a write, so a valid token pays nothing for the limit.
    const until = await countHit(db, "token-miss", address);
    if (until) throw throttledError(until);
    throw new AppError("unauthenticated", "tokenInvalid");
  }
  const state = await session();
  if (state.kind !== "user") throw new AppError("unauthenticated", "signInOrToken");
  return state.user;
}
