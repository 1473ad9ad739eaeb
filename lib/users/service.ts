import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { AppError, forbidden } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { canManageUsers, type Actor } from "@/lib/auth/permissions";
import { endUserAccess } from "@/lib/auth/sessions";
import type { RoleName } from "@/lib/validations/user";

// User writes. Each takes the database and the acting user explicitly, checks permission itself,
// and writes in one transaction with its audit entry, so tests can call it as the server does.

const SETUP_DONE = "setup-complete";

type NewUser = { name: string; email: string; password: string; role: RoleName };

function publicUser(u: { id: string; email: string; name: string; role: RoleName; active: boolean }) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, active: u.active };
}

const emailConflict = () =>
  new AppError("conflict", "A user with this email already exists.", { email: ["This email is already in use."] });

/** A unique-constraint failure: the email was taken between our check and the insert. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Creates the first administrator. The setting row's primary key makes a second, concurrent setup
 * fail even where two transactions both saw no users.
 */
export async function createFirstAdmin(client: Db, input: Omit<NewUser, "role">) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      if ((await tx.user.count()) > 0) throw new AppError("not_found", "Setup has already been completed.");
      await tx.setting.create({ data: { key: SETUP_DONE, value: new Date().toISOString() } });
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: "ADMIN" },
      });
      await appendAudit(tx, {
        actorId: user.id,
        action: "user.setup",
        entityType: "User",
        entityId: user.id,
        after: publicUser(user),
      });
      return publicUser(user);
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (await client.setting.findUnique({ where: { key: SETUP_DONE } })) {
      throw new AppError("not_found", "Setup has already been completed.");
    }
    throw error;
  }
}

export async function createUser(client: Db, actor: Actor, input: NewUser) {
  if (!canManageUsers(actor)) throw forbidden("Only an administrator can add users.");
  if ((await client.user.count({ where: { email: input.email } })) > 0) throw emailConflict();
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: input.role },
      });
      await appendAudit(tx, { actorId: actor.id, action: "user.create", entityType: "User", entityId: user.id, after: publicUser(user) });
      return publicUser(user);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailConflict();
    throw error;
  }
}

/** The last active administrator can be neither demoted nor deactivated: someone must manage users. */
async function assertNotLastAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) {
    throw new AppError("conflict", "This is the last active administrator. Make another user an administrator first.");
  }
}

export async function changeRole(client: Db, actor: Actor, userId: string, role: RoleName) {
  if (!canManageUsers(actor)) throw forbidden("Only an administrator can change roles.");
  return client.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new AppError("not_found", "That user no longer exists.");
    if (before.role === role) return publicUser(before);
    if (before.role === "ADMIN" && before.active) await assertNotLastAdmin(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { role, version: { increment: 1 } } });
    await appendAudit(tx, {
      actorId: actor.id,
      action: "user.role",
      entityType: "User",
      entityId: userId,
      before: { role: before.role },
      after: { role: after.role },
    });
    return publicUser(after);
  });
}

export async function setActive(client: Db, actor: Actor, userId: string, active: boolean) {
  if (!canManageUsers(actor)) throw forbidden("Only an administrator can deactivate or reactivate users.");
  return client.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new AppError("not_found", "That user no longer exists.");
    if (before.active === active) return publicUser(before);
    if (!active && before.role === "ADMIN") await assertNotLastAdmin(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { active, version: { increment: 1 } } });
    // Deactivation ends every session and API token for good: reactivating revives none of them.
    const ended = active ? null : await endUserAccess(tx, userId);
    await appendAudit(tx, {
      actorId: actor.id,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      before: { active: before.active },
      after: { active: after.active, ...(ended ? { endedSessions: ended.sessions, revokedTokens: ended.tokens } : {}) },
    });
    return publicUser(after);
  });
}

export async function changeOwnPassword(client: Db, actor: Actor, current: string, next: string) {
  const user = await client.user.findUnique({ where: { id: actor.id } });
  if (!user || !user.active) throw new AppError("unauthenticated", "Please sign in again.");
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("bad_request", "The current password is not correct.", { current: ["The current password is not correct."] });
  }
  const passwordHash = await hashPassword(next);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    // A new password ends every session and revokes every API token made with the old one.
    const ended = await endUserAccess(tx, user.id);
    await appendAudit(tx, { actorId: user.id, action: "user.password", entityType: "User", entityId: user.id, after: { endedSessions: ended.sessions, revokedTokens: ended.tokens } });
  });
}

/** An administrator sets a new password for someone else (forgotten password, restored backup). */
export async function setPasswordByAdmin(client: Db, actor: Actor, userId: string, password: string) {
  if (!canManageUsers(actor)) throw forbidden("Only an administrator can set another user's password.");
  const passwordHash = await hashPassword(password);
  await client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("not_found", "That user no longer exists.");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    const ended = await endUserAccess(tx, userId);
    await appendAudit(tx, { actorId: actor.id, action: "user.password-reset", entityType: "User", entityId: userId, after: { endedSessions: ended.sessions, revokedTokens: ended.tokens } });
  });
}

/** Scripted installs: ADMIN_EMAIL + ADMIN_PASSWORD create the first administrator when no user exists. */
export async function provisionAdmin(client: Db, email: string, password: string): Promise<boolean> {
  if ((await client.user.count()) > 0) return false;
  try {
    await createFirstAdmin(client, { name: "Administrator", email: email.trim().toLowerCase(), password });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return false;
    throw error;
  }
}
