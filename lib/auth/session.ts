import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { forbidden } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-ip";
import type { TokenScope } from "@/lib/tokens/scopes";
import type { RoleName } from "@/lib/validations/user";
import { authOptions } from "./options";
import { apiUserFor, sessionStateFor, type CurrentUser, type SessionClaims, type SessionState } from "./session-state";

export type { CurrentUser, SessionState } from "./session-state";

/**
 * The signed-in user's state, from the session cookie and the database: once per request (a page's
 * layout, metadata, body and language all ask), never shared between requests, so a revoked
 * session is refused on the very next one.
 */
export const currentSessionState = cache(async (): Promise<SessionState> => {
  const session = await getServerSession(authOptions());
  return sessionStateFor(session?.user as SessionClaims | undefined);
});

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const state = await currentSessionState();
  return state.kind === "user" ? state.user : null;
}

/** The user of a session state, or a redirect to sign in for anyone not signed in (or no longer active). */
export function userOrSignIn(state: SessionState): CurrentUser {
  if (state.kind === "user") return state.user;
  // A route handler can clear the cookie; a page cannot, so a revoked session goes through it.
  redirect(state.kind === "ended" ? "/auth/ended" : "/signin");
}

/** For pages and server actions: sends anyone not signed in (or no longer active) to sign in. */
export async function requireUser(): Promise<CurrentUser> {
  return userOrSignIn(await currentSessionState());
}

/** For pages and server actions that only some roles may open. */
export async function requireRole(...roles: RoleName[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/**
 * For route handlers: a personal API token (`Authorization: Bearer …`) with `scope`, or the session;
 * 401 otherwise. Given the request, its headers are read from it.
 */
export async function requireApiUser(scope: TokenScope = "read", request?: Request): Promise<CurrentUser> {
  const h = request?.headers ?? (await headers());
  return apiUserFor(h.get("authorization"), currentSessionState, clientAddress(h), scope);
}
