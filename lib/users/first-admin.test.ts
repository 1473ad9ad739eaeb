import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createFirstAdmin, provisionAdmin } from "./service";

// Setup only works on an empty database, so each block gets its own throw-away file.
function freshDb() {
  const holder = {} as { t: TestDb };
  beforeAll(async () => {
    holder.t = await createTestDb();
  });
  afterAll(async () => holder.t?.cleanup());
  return holder;
}

const input = { name: "Ada Admin", email: "ada@example.com", password: "a long password" };

async function snapshot(db: Db) {
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    settings: await db.setting.findMany(),
    audits: await db.auditEntry.count(),
  };
}

describe("createFirstAdmin", () => {
  const h = freshDb();

  it("creates an administrator, marks setup complete and records it", async () => {
    const created = await createFirstAdmin(h.t.db, input);

    const users = await h.t.db.user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ id: created.id, name: "Ada Admin", email: "ada@example.com", role: "ADMIN", active: true });
    expect(await verifyPassword(users[0].passwordHash, "a long password")).toBe(true);
    expect(await h.t.db.setting.findUnique({ where: { key: "setup-complete" } })).not.toBeNull();
    const audits = await h.t.db.auditEntry.findMany();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "user.setup", actorId: created.id, entityId: created.id });
  });

  it("refuses a second setup with not_found and changes nothing", async () => {
    const before = await snapshot(h.t.db);
    const error = await createFirstAdmin(h.t.db, { ...input, email: "mallory@example.com" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "not_found", status: 404 });
    expect(await snapshot(h.t.db)).toEqual(before);
  });
});

describe("createFirstAdmin called twice at once", () => {
  const h = freshDb();

  it("on one client: exactly one administrator, the other call gets not_found", async () => {
    const results = await Promise.allSettled([
      createFirstAdmin(h.t.db, { ...input, email: "one@example.com" }),
      createFirstAdmin(h.t.db, { ...input, email: "two@example.com" }),
    ]);

    expect(await h.t.db.user.count()).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect(failed.reason).toMatchObject({ code: "not_found" });
  });
});

describe("createFirstAdmin from two connections at once (as from two server processes)", () => {
  const h = freshDb();
  let second: Db;
  beforeAll(() => {
    second = createDb(h.t.url);
  });
  afterAll(async () => second?.$disconnect());

  it("leaves exactly one administrator", async () => {
    const results = await Promise.allSettled([
      createFirstAdmin(h.t.db, { ...input, email: "one@example.com" }),
      createFirstAdmin(second, { ...input, email: "two@example.com" }),
    ]);

    expect(await h.t.db.user.count()).toBe(1);
    expect(await h.t.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(AppError);
    expect(failed.reason).toMatchObject({ code: "not_found" });
  });
});

describe("provisionAdmin on an empty database", () => {
  const h = freshDb();

  it("creates the administrator with the email trimmed and lower-cased", async () => {
    expect(await provisionAdmin(h.t.db, "  Root@Example.COM ", "a long password")).toBe(true);
    const users = await h.t.db.user.findMany();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "root@example.com", role: "ADMIN", active: true });
    expect(await verifyPassword(users[0].passwordHash, "a long password")).toBe(true);
  });

  it("returns false on the next start and changes nothing", async () => {
    const before = await snapshot(h.t.db);
    expect(await provisionAdmin(h.t.db, "other@example.com", "another long password")).toBe(false);
    expect(await snapshot(h.t.db)).toEqual(before);
  });
});

describe("provisionAdmin when any user exists", () => {
  const h = freshDb();

  it("returns false and creates no administrator, even if the only user is a reviewer", async () => {
    await h.t.db.user.create({ data: { email: "rev@example.com", name: "Rev", passwordHash: "x", role: "REVIEWER" } });
    const before = await snapshot(h.t.db);

    expect(await provisionAdmin(h.t.db, "root@example.com", "a long password")).toBe(false);

    expect(await snapshot(h.t.db)).toEqual(before);
    expect(before.settings).toEqual([]);
  });
});
