import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import type { RoleName } from "@/lib/validations/user";
import { changeOwnPassword, changeRole, createUser, setActive, setPasswordByAdmin } from "./service";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

// Rows go in directly (no hashing) where the test is not about creating users.
let seq = 0;
async function addUser(role: RoleName, active = true) {
  seq += 1;
  const user = await t.db.user.create({
    data: { email: `user${seq}@example.com`, name: `User ${seq}`, passwordHash: "x", role, active },
  });
  return { ...user, actor: { id: user.id, role: user.role, active: user.active } as Actor };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const auditFor = (entityId: string) => t.db.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } });
const parse = (json: string | null) => (json === null ? null : JSON.parse(json));

describe("createUser", () => {
  it("creates the user with a hashed password and an audit entry", async () => {
    const admin = await addUser("ADMIN");
    const created = await createUser(t.db, admin.actor, {
      name: "Rita Reviewer",
      email: "rita@example.com",
      password: "a long password",
      role: "REVIEWER",
    });

    const row = await t.db.user.findUniqueOrThrow({ where: { email: "rita@example.com" } });
    expect(row).toMatchObject({ id: created.id, name: "Rita Reviewer", role: "REVIEWER", active: true });
    expect(await verifyPassword(row.passwordHash, "a long password")).toBe(true);
    expect(created).not.toHaveProperty("passwordHash");

    const [entry, ...rest] = await auditFor(row.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: "user.create", actorId: admin.id, entityType: "User", before: null });
    expect(parse(entry.after)).toEqual({ id: row.id, email: "rita@example.com", name: "Rita Reviewer", role: "REVIEWER", active: true });
  });

  it("stores the email as given; lower-casing is the schema's job", async () => {
    const admin = await addUser("ADMIN");
    await createUser(t.db, admin.actor, { name: "Mixed", email: "Mixed.Case@Example.com", password: "a long password", role: "EDITOR" });
    expect(await t.db.user.count({ where: { email: "Mixed.Case@Example.com" } })).toBe(1);
  });

  it("refuses a duplicate email with a conflict on the email field, writing nothing", async () => {
    const admin = await addUser("ADMIN");
    const input = { name: "Dup", email: "dup@example.com", password: "a long password", role: "EDITOR" as const };
    await createUser(t.db, admin.actor, input);
    const users = await t.db.user.count();
    const audits = await t.db.auditEntry.count();

    const error = await rejection(createUser(t.db, admin.actor, { ...input, name: "Dup again" }));
    expect(error.code).toBe("conflict");
    expect(error.fieldErrors?.email?.length).toBeGreaterThan(0);
    expect(await t.db.user.count()).toBe(users);
    expect(await t.db.auditEntry.count()).toBe(audits);
  });

  it("answers two simultaneous requests for one email with one user and one conflict", async () => {
    const admin = await addUser("ADMIN");
    const input = { name: "Race", email: "race@example.com", password: "a long password", role: "EDITOR" as const };
    const results = await Promise.allSettled([createUser(t.db, admin.actor, input), createUser(t.db, admin.actor, input)]);

    expect(await t.db.user.count({ where: { email: "race@example.com" } })).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    // The loser must get the friendly conflict, not a raw unique-constraint error shown as a 500.
    expect(failed.reason).toBeInstanceOf(AppError);
    expect(failed.reason).toMatchObject({ code: "conflict" });
  });
});

describe("only an active administrator manages users", () => {
  const nonAdmins = [
    ["an editor", "EDITOR", true],
    ["a reviewer", "REVIEWER", true],
    ["a deactivated admin", "ADMIN", false],
  ] as const;

  for (const [label, role, active] of nonAdmins) {
    it(`${label} gets "forbidden" from createUser, changeRole and setActive, and nothing is written`, async () => {
      const actor = (await addUser(role, active)).actor;
      const target = await addUser("REVIEWER");
      const before = { users: await t.db.user.count(), audits: await t.db.auditEntry.count() };

      const attempts = [
        createUser(t.db, actor, { name: "New", email: `new-${target.id}@example.com`, password: "a long password", role: "ADMIN" }),
        changeRole(t.db, actor, target.id, "ADMIN"),
        setActive(t.db, actor, target.id, false),
      ];
      for (const promise of attempts) expect((await rejection(promise)).code).toBe("forbidden");

      expect(await t.db.user.count()).toBe(before.users);
      expect(await t.db.auditEntry.count()).toBe(before.audits);
      expect(await t.db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "REVIEWER", active: true, version: 1 });
    });
  }
});

describe("the last active administrator", () => {
  // Each test starts from a database without administrators, so it controls how many there are.
  beforeEach(async () => {
    await t.db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
  });

  it("cannot be demoted or deactivated; the row stays as it was", async () => {
    const admin = await addUser("ADMIN");

    const demote = await rejection(changeRole(t.db, admin.actor, admin.id, "EDITOR"));
    expect(demote.code).toBe("conflict");
    const deactivate = await rejection(setActive(t.db, admin.actor, admin.id, false));
    expect(deactivate.code).toBe("conflict");

    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true, version: 1 });
    expect(await auditFor(admin.id)).toHaveLength(0);
  });

  it("a deactivated admin does not count as another admin", async () => {
    const admin = await addUser("ADMIN");
    await addUser("ADMIN", false);

    expect((await rejection(changeRole(t.db, admin.actor, admin.id, "REVIEWER"))).code).toBe("conflict");
    expect((await rejection(setActive(t.db, admin.actor, admin.id, false))).code).toBe("conflict");
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("with a second active admin, can be demoted, with an audit entry", async () => {
    const admin = await addUser("ADMIN");
    const other = await addUser("ADMIN");

    await changeRole(t.db, other.actor, admin.id, "EDITOR");

    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "EDITOR", version: 2 });
    const [entry, ...rest] = await auditFor(admin.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: "user.role", actorId: other.id, entityType: "User" });
    expect(parse(entry.before)).toEqual({ role: "ADMIN" });
    expect(parse(entry.after)).toEqual({ role: "EDITOR" });
  });

  it("with a second active admin, can be deactivated and reactivated, each with an audit entry", async () => {
    const admin = await addUser("ADMIN");
    const other = await addUser("ADMIN");

    await setActive(t.db, other.actor, admin.id, false);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: false, version: 2 });
    await setActive(t.db, other.actor, admin.id, true);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ active: true, version: 3 });

    const entries = await auditFor(admin.id);
    expect(entries.map((e) => [e.action, e.actorId, parse(e.before), parse(e.after)])).toEqual([
      ["user.deactivate", other.id, { active: true }, { active: false, endedSessions: 0, revokedTokens: 0 }],
      ["user.reactivate", other.id, { active: false }, { active: true }],
    ]);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const a = await addUser("ADMIN");
    const b = await addUser("ADMIN");

    await Promise.allSettled([changeRole(t.db, a.actor, b.id, "EDITOR"), changeRole(t.db, b.actor, a.id, "EDITOR")]);

    expect(await t.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});

describe("changeRole and setActive", () => {
  it("changing a role to the one the user already has writes nothing", async () => {
    const admin = await addUser("ADMIN");
    const editor = await addUser("EDITOR");
    await changeRole(t.db, admin.actor, editor.id, "EDITOR");
    await setActive(t.db, admin.actor, editor.id, true);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ version: 1 });
    expect(await auditFor(editor.id)).toHaveLength(0);
  });

  it("an unknown user id is not_found", async () => {
    const admin = await addUser("ADMIN");
    expect((await rejection(changeRole(t.db, admin.actor, "no-such-user", "EDITOR"))).code).toBe("not_found");
    expect((await rejection(setActive(t.db, admin.actor, "no-such-user", false))).code).toBe("not_found");
  });
});

describe("changeOwnPassword", () => {
  async function userWithPassword(email: string, password: string) {
    const admin = await addUser("ADMIN");
    const created = await createUser(t.db, admin.actor, { name: email, email, password, role: "REVIEWER" });
    return { id: created.id, role: created.role, active: created.active } as Actor;
  }

  it("refuses a wrong current password with a field error and keeps the old hash", async () => {
    const actor = await userWithPassword("pw-wrong@example.com", "old password 123");
    const before = await t.db.user.findUniqueOrThrow({ where: { id: actor.id } });

    const error = await rejection(changeOwnPassword(t.db, actor, "not my password", "new password 456"));
    expect(error.fieldErrors?.current?.length).toBeGreaterThan(0);

    const after = await t.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.version).toBe(before.version);
  });

  it("with the right current password, the new one verifies and the old one no longer does", async () => {
    const actor = await userWithPassword("pw-right@example.com", "old password 123");
    // An old stamp, so that a change made within the same millisecond still shows.
    await t.db.user.update({ where: { id: actor.id }, data: { passwordChangedAt: new Date("2024-01-01T00:00:00Z") } });
    const before = await t.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    const called = Date.now();

    await changeOwnPassword(t.db, actor, "old password 123", "new password 456");

    const after = await t.db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(await verifyPassword(after.passwordHash, "new password 456")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "old password 123")).toBe(false);
    expect(after.version).toBe(before.version + 1);
    expect(after.passwordChangedAt.getTime()).toBeGreaterThanOrEqual(called);
    const entries = await auditFor(actor.id);
    expect(entries.map((e) => [e.action, e.actorId, e.before, e.after])).toContainEqual(["user.password", actor.id, null, JSON.stringify({ endedSessions: 0, revokedTokens: 0 })]);
  });

  it("a deactivated user cannot change their password", async () => {
    const actor = await userWithPassword("pw-gone@example.com", "old password 123");
    await t.db.user.update({ where: { id: actor.id }, data: { active: false } });
    expect((await rejection(changeOwnPassword(t.db, actor, "old password 123", "new password 456"))).code).toBe("unauthenticated");
  });
});

describe("setPasswordByAdmin", () => {
  it("lets an administrator set someone's password, and no one else", async () => {
    const admin = await addUser("ADMIN");
    const editor = await addUser("EDITOR");
    const target = await createUser(t.db, admin.actor, { name: "Reset", email: "reset@example.com", password: "first password 1", role: "REVIEWER" });

    const refused = await rejection(setPasswordByAdmin(t.db, editor.actor, target.id, "taken over 1234"));
    expect(refused.code).toBe("forbidden");
    const unchanged = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(unchanged.passwordHash, "first password 1")).toBe(true);

    await t.db.user.update({ where: { id: target.id }, data: { passwordChangedAt: new Date("2024-01-01T00:00:00Z") } });
    const called = Date.now();
    await setPasswordByAdmin(t.db, admin.actor, target.id, "second password 2");
    const after = await t.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.passwordChangedAt.getTime()).toBeGreaterThanOrEqual(called);
    expect(after.version).toBe(unchanged.version + 1);
    expect(await verifyPassword(after.passwordHash, "second password 2")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "first password 1")).toBe(false);
    expect((await auditFor(target.id)).map((a) => a.action)).toContain("user.password-reset");
  });
});
