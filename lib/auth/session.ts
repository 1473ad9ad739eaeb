import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError, forbidden } from "@/lib/errors";
import { findActiveUserById } from "@/lib/users/queries";
import type { RoleName } from "@/lib/validations/user";
import { authOptions } from "./options";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findActiveUserById>>>;

type SessionState = { kind: "anonymous" } | { kind: "ended" } | { kind: "user"; user: CurrentUser };

/** Reads the session cookie, then the user from the database, so a deactivation counts at once. */
async function sessionState(): Promise<SessionState> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return { kind: "anonymous" };
  const user = await findActiveUserById(id);
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

/** For route handlers: answers 401 instead of redirecting. */
export async function requireApiUser(): Promise<CurrentUser> {
  const state = await sessionState();
  if (state.kind !== "user") throw new AppError("unauthenticated", "Sign in or send an API token.");
  return state.user;
}
