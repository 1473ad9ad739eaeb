import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { forbidden } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-ip";
import type { TokenScope } from "@/lib/tokens/scopes";
import type { RoleName } from "@/lib/validations/user";
import { authSecret } from "@/lib/config/secret";
import { sessionCookieName } from "./session-cookie";
import { apiUserFor, sessionStateFor, type CurrentUser, type SessionClaims, type SessionState } from "./session-state";

export type { CurrentUser, SessionState } from "./session-state";

/**
 * The signed-in user's state, from the session cookie and the database: once per request (a page's
 * layout, metadata, body and language all ask), never shared between requests, so a revoked
 * session is refused on the very next one.
 */
export const currentSessionState = cache(async (): Promise<SessionState> => sessionStateFor(await sessionClaims()));

/**
 * The session cookie, decrypted. Not through getServerSession: that runs next-auth's whole handler
 * on every call (a CSRF token, the callbacks) and encrypts the token again to roll its expiry,
 * which these sessions do not need (the database bounds them: 12 hours, and the idle timeout).
 * A cookie that does not decrypt, or has expired, is no session, as next-auth has it.
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  const name = sessionCookieName();
  const jar = await cookies();
  // next-auth splits a token too long for one cookie into name.0, name.1, …
  let token = jar.get(name)?.value;
  if (!token) {
    const chunks = [];
    for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!.value);
    token = chunks.join("") || undefined;
  }
  if (!token) return null;
  try {
    const decoded = await decode({ token, secret: authSecret() });
    return decoded ? { id: decoded.sub, sid: decoded.sid } : null;
  } catch {
    return null;
  }
}

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
