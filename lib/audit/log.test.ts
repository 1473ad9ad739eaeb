import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { appendAudit } from "./log";

let t: TestDb;
let actorId: string;

beforeAll(async () => {
  t = await createTestDb();
  actorId = (await t.db.user.create({ data: { email: "actor@example.com", name: "Actor", passwordHash: "x", role: "ADMIN" } })).id;
});
afterAll(async () => t?.cleanup());

describe("appendAudit", () => {
  it("stores before and after as JSON text", async () => {
    await t.db.$transaction((tx) =>
      appendAudit(tx, {
        actorId,
        action: "user.role",
        entityType: "User",
        entityId: "entity-1",
        before: { role: "ADMIN" },
        after: { role: "EDITOR", note: "ünïcode ✓" },
      }),
    );
    const row = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: "entity-1" } });
    expect(row).toMatchObject({ actorId, action: "user.role", entityType: "User", bulletinId: null });
    expect(JSON.parse(row.before!)).toEqual({ role: "ADMIN" });
    expect(JSON.parse(row.after!)).toEqual({ role: "EDITOR", note: "ünïcode ✓" });
  });

  it("stores a missing before/after as null, and a null actor for system actions", async () => {
    await t.db.$transaction((tx) => appendAudit(tx, { actorId: null, action: "system.start", entityType: "System", entityId: "entity-2" }));
    const row = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: "entity-2" } });
    expect(row).toMatchObject({ actorId: null, before: null, after: null });
  });

  it("lands with the change or not at all: a failed transaction leaves no entry", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await appendAudit(tx, { actorId, action: "user.create", entityType: "User", entityId: "entity-3", after: {} });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.auditEntry.count({ where: { entityId: "entity-3" } })).toBe(0);
  });
});
