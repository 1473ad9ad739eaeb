import { decode, encode } from "next-auth/jwt";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createApiToken, revokeApiToken } from "@/lib/tokens/api-tokens";
import { changeOwnPassword, changeRole, createFirstAdmin, createUser, setActive, setPasswordByAdmin } from "@/lib/users/service";
import type { RoleName } from "@/lib/validations/user";
import { authOptions } from "./options";
import type { Actor } from "./permissions";
import { apiUserFor, sessionStateFor, type SessionClaims, type SessionState } from "./session-state";

// The session logic on a real database: users signed in through the real credentials provider,
// their session token encoded and decoded as next-auth does for the cookie.
vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let admin: Actor;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  const created = await createFirstAdmin(t.db, { name: "Ada Admin", email: "ada@example.com", password: "admin password 1" });
  admin = { id: created.id, role: "ADMIN", active: true };
});
afterAll(async () => t?.cleanup());

let seq = 0;
async function addUser(role: RoleName = "REVIEWER") {
  seq += 1;
  const password = `password number ${seq}`;
  const user = await createUser(t.db, admin, { name: `User ${seq}`, email: `user${seq}@example.com`, password, role });
  return { ...user, password, actor: { id: user.id, role, active: true } as Actor };
}

/** Signs in as the sign-in form does and returns what getServerSession hands to the app. */
async function signIn(email: string, password: string): Promise<SessionClaims> {
  const options = authOptions();
  const provider = options.providers[0] as CredentialsConfig;
  const user = await provider.options.authorize!({ email, password }, {} as never);
  if (!user) throw new Error("sign-in refused");
  const token = await options.callbacks!.jwt!({ token: { email }, user, account: null, trigger: "signIn" } as never);
  const cookie = await encode({ token, secret: options.secret! });
  const decoded = await decode({ token: cookie, secret: options.secret! });
  const session = await options.callbacks!.session!({ session: { expires: "" }, token: decoded!, user: undefined } as never);
  return session.user as SessionClaims;
}

const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("sessionStateFor", () => {
  it("is anonymous without a session or without a user id in it", async () => {
    expect(await sessionStateFor(undefined)).toEqual({ kind: "anonymous" });
    expect(await sessionStateFor({ sid: "s1" })).toEqual({ kind: "anonymous" });
    expect(await sessionStateFor({ id: 42, sid: "s1" })).toEqual({ kind: "anonymous" });
  });

  it("gives the signed-in user as the database has them now, role changes included", async () => {
    const user = await addUser("REVIEWER");
    const claims = await signIn(user.email, user.password);
    expect(claims).toEqual({ id: user.id, sid: expect.any(String) });
    expect(await sessionStateFor(claims)).toEqual({
      kind: "user",
      user: { id: user.id, email: user.email, name: user.name, role: "REVIEWER", active: true, createdAt: expect.any(Date), locale: null },
    });
    await changeRole(t.db, admin, user.id, "EDITOR");
    expect(await sessionStateFor(claims)).toMatchObject({ kind: "user", user: { role: "EDITOR" } });
  });

  it("ends a session signed in before the user changed their password, not one signed in after", async () => {
    const user = await addUser();
    const before = await signIn(user.email, user.password);
    await later();
    await changeOwnPassword(t.db, user.actor, user.password, "a brand new password");
    expect(await sessionStateFor(before)).toEqual({ kind: "ended" });
    await later();
    const after = await signIn(user.email, "a brand new password");
    expect(await sessionStateFor(after)).toMatchObject({ kind: "user", user: { id: user.id } });
  });

  it("ends every session of a user whose password an administrator set", async () => {
    const user = await addUser();
    const session = await signIn(user.email, user.password);
    await later();
    await setPasswordByAdmin(t.db, admin, user.id, "set by the admin 1");
    expect(await sessionStateFor(session)).toEqual({ kind: "ended" });
  });

  it("ends the session of a deactivated user at once", async () => {
    const user = await addUser();
    const session = await signIn(user.email, user.password);
    await setActive(t.db, admin, user.id, false);
    expect(await sessionStateFor(session)).toEqual({ kind: "ended" });
  });

  it("ends a session without a session id, with a made-up one, or for a user who no longer exists", async () => {
    const user = await addUser();
    const real = await signIn(user.email, user.password);
    expect(await sessionStateFor({ id: user.id })).toEqual({ kind: "ended" });
    expect(await sessionStateFor({ id: user.id, sid: 42 })).toEqual({ kind: "ended" });
    expect(await sessionStateFor({ id: user.id, sid: "made-up" })).toEqual({ kind: "ended" });
    expect(await sessionStateFor({ id: "no-such-user", sid: real.sid })).toEqual({ kind: "ended" });
  });

  it("stays ended after a deactivated user is reactivated", async () => {
    const user = await addUser();
    const session = await signIn(user.email, user.password);
    await setActive(t.db, admin, user.id, false);
    await setActive(t.db, admin, user.id, true);
    expect(await sessionStateFor(session)).toEqual({ kind: "ended" });
  });
});

describe("apiUserFor", () => {
  const unauthenticated = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("unauthenticated");
    return (error as AppError).message;
  };

  it("takes the user of a valid Bearer token and records its use", async () => {
    const user = await addUser("EDITOR");
    const { id, secret } = await createApiToken(t.db, user.actor, "script");
    const noSession = vi.fn(async (): Promise<SessionState> => ({ kind: "anonymous" }));
    expect(await apiUserFor(`Bearer ${secret}`, noSession)).toMatchObject({ id: user.id, role: "EDITOR" });
    expect(await apiUserFor(`bearer   ${secret}`, noSession)).toMatchObject({ id: user.id });
    expect(noSession).not.toHaveBeenCalled();
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses a revoked token, a deactivated user's token and a malformed header, even with a session", async () => {
    const user = await addUser();
    const signedIn = await sessionStateFor(await signIn(user.email, user.password));
    const session = async () => signedIn;
    const revoked = await createApiToken(t.db, user.actor, "old");
    await revokeApiToken(t.db, user.actor, revoked.id);
    expect(await unauthenticated(apiUserFor(`Bearer ${revoked.secret}`, session))).toMatch(/not valid or has been revoked/);
    for (const header of ["Bearer", "Bearer ", `Basic ${Buffer.from("a:b").toString("base64")}`, "cd_not-a-token"]) {
      await unauthenticated(apiUserFor(header, session));
    }
    const live = await createApiToken(t.db, user.actor, "live");
    await setActive(t.db, admin, user.id, false);
    await unauthenticated(apiUserFor(`Bearer ${live.secret}`, session));
  });

  it("refuses a token without the route's scope with 403 in the catalogue's words; a session needs no scope", async () => {
    const user = await addUser("EDITOR");
    const signedIn = await sessionStateFor(await signIn(user.email, user.password));
    const reader = await createApiToken(t.db, user.actor, "reader");
    const writer = await createApiToken(t.db, user.actor, "writer", undefined, ["read", "write"]);
    const noSession = async (): Promise<SessionState> => ({ kind: "anonymous" });
    expect(await apiUserFor(`Bearer ${reader.secret}`, noSession, "unknown", "read")).toMatchObject({ id: user.id });
    const error = await apiUserFor(`Bearer ${reader.secret}`, noSession, "unknown", "write").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "forbidden", status: 403 });
    expect((error as AppError).messageIn("en")).toMatch(/does not have the write scope/);
    expect((error as AppError).messageIn("zh")).toMatch(/没有 write 权限范围/);
    expect(await apiUserFor(`Bearer ${writer.secret}`, noSession, "unknown", "write")).toMatchObject({ id: user.id });
    expect(await apiUserFor(null, async () => signedIn, "unknown", "write")).toMatchObject({ id: user.id });
  });

  it("without a header, uses the session: its user, else unauthenticated", async () => {
    const user = await addUser();
    const signedIn = await sessionStateFor(await signIn(user.email, user.password));
    expect(await apiUserFor(null, async () => signedIn)).toMatchObject({ id: user.id });
    expect(await unauthenticated(apiUserFor(null, async () => ({ kind: "anonymous" })))).toMatch(/Sign in or send an API token/);
    await unauthenticated(apiUserFor(null, async () => ({ kind: "ended" })));
  });
});
