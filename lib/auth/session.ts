import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { userForToken } from "@/lib/tokens/api-tokens";
import { AppError, forbidden } from "@/lib/errors";
import { env } from "@/lib/config/env";
import { clientAddress } from "@/lib/http/client-ip";
import { countHit, limitedUntil, throttledError } from "@/lib/http/rate-limit";
import { findActiveUserById } from "@/lib/users/queries";
import type { RoleName } from "@/lib/validations/user";
import { authOptions } from "./options";
import { sessionUser } from "./sessions";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveUserById>>>;

type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/**
 * Reads the session cookie, then the user and the session's row in one query, so a sign-out, a
 * deactivation, a password change or an idle timeout counts at once, on every app server.
 */
async function sessionState(): Promise<SessionState> {
  const session = await getServerSession(authOptions());
  const { id, sid } = (session?.user ?? {}) as { id?: string; sid?: string };
  if (!id) return { kind: "anonymous" };
  if (!sid) return { kind: "ended" };
  const user = await sessionUser(db, id, sid, env().SESSION_IDLE_MINUTES * 60_000);
  return user ? { kind: "user", user } : { kind: "ended" };
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const state = await sessionState();
  return state.kind === "user" ? state.user : null;
}

/** For pages and server actions: sends anyone not signed in (or no longer active) to sign in. */
export async function requireUser(): Promise<CurrentUser> {
  const state = await sessionState();
  if (state.kind === "user") return state.user;
  // A route handler can clear the cookie; a page cannot, so a revoked session goes through it.
  redirect(state.kind === "ended" ? "/auth/ended" : "/signin");
}

/** For pages and server actions that only some roles may open. */
export async function requireRole(...roles: RoleName[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/** For route handlers: a personal API token (`Authorization: Bearer …`) or the session; 401 otherwise. */
export async function requireApiUser(): Promise<CurrentUser> {
  const authorization = (await headers()).get("authorization");
  if (authorization) {
    const address = clientAddress(await headers());
    const limited = await limitedUntil(db, "token-miss", address);
    if (limited) throw throttledError(limited);
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const user = secret ? await userForToken(db, secret) : null;
    if (!user) {
      await countHit(db, "token-miss", address);
      throw new AppError("unauthenticated", { en: "The API token is not valid or has been revoked.", zh: "API 令牌无效或已被撤销。" });
    }
    return user;
  }
  const state = await sessionState();
  if (state.kind !== "user") throw new AppError("unauthenticated", "Sign in or send an API token.");
  return state.user;
}
