import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { userForToken } from "@/lib/tokens/api-tokens";
import { AppError, forbidden } from "@/lib/errors";
import { findActiveUserById, findSessionUser } from "@/lib/users/queries";
import type { RoleName } from "@/lib/validations/user";
import { authOptions } from "./options";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveUserById>>>;

type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/**
 * Reads the session cookie, then the user from the database, so a deactivation counts at once;
 * a session from before the user's password last changed has ended too.
 */
async function sessionState(): Promise<SessionState> {
  const session = await getServerSession(authOptions());
  const { id, signedInAt } = (session?.user ?? {}) as { id?: string; signedInAt?: number };
  if (!id) return { kind: "anonymous" };
  const found = await findSessionUser(id);
  if (!found || typeof signedInAt !== "number" || signedInAt < found.passwordChangedAt.getTime()) return { kind: "ended" };
  return { kind: "user", user: { id: found.id, email: found.email, name: found.name, role: found.role, active: found.active, createdAt: found.createdAt } };
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
    const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const user = secret ? await userForToken(db, secret) : null;
    if (!user) throw new AppError("unauthenticated", "The API token is not valid or has been revoked.");
    return user;
  }
  const state = await sessionState();
  if (state.kind !== "user") throw new AppError("unauthenticated", "Sign in or send an API token.");
  return state.user;
}
