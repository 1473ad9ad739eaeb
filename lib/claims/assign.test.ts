import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, newClaim, type People, ref } from "@/lib/testing/workspace-fixtures";
import { assignClaims } from "./assign";
import { startClaim } from "./steps";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const three = () => Promise.all(["本市共新建学校约12所", "医院3家", "公园4.5万平方米"].map((f) => newClaim(t.db, bulletin, f)));
const rows = (ids: string[]) => t.db.claim.findMany({ where: { id: { in: ids } }, orderBy: { start: "asc" } });
const bulletinVersion = async () => (await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version;

describe("assignClaims", () => {
  it.each(["editor", "admin"] as const)("lets an %s assign many claims at once, auditing each and bumping the bulletin once", async (who) => {
    const claims = await three();
    const before = await bulletinVersion();
    const views = await assignClaims(t.db, people[who], claims.map(ref), people.reviewer.id);
    expect(views).toHaveLength(3);
    const after = await rows(claims.map((c) => c.id));
    expect(after.map((c) => [c.assigneeId, c.version])).toEqual(claims.map(() => [people.reviewer.id, 2]));
    const audit = await t.db.auditEntry.findMany({ where: { entityId: { in: claims.map((c) => c.id) } } });
    expect(audit.map((a) => [a.action, a.actorId, JSON.parse(a.after ?? "null")])).toEqual(
      claims.map(() => ["claim.assign", people[who].id, { assigneeId: people.reviewer.id }]),
    );
    expect(await bulletinVersion()).toBe(before + 1);
  });

  it("unassigns with null", async () => {
    const claims = await three();
    await assignClaims(t.db, people.editor, claims.map(ref), people.reviewer.id);
    await assignClaims(t.db, people.editor, claims.map((c) => ({ id: c.id, version: 2 })), null);
    expect((await rows(claims.map((c) => c.id))).map((c) => [c.assigneeId, c.version])).toEqual(claims.map(() => [null, 3]));
  });

  it.each(["reviewer", "inactiveEditor"] as const)("refuses an assignment by %s and changes nothing", async (who) => {
    const claims = await three();
    await expectAppError(assignClaims(t.db, people[who], claims.map(ref), people[who].id), "forbidden");
    expect((await rows(claims.map((c) => c.id))).map((c) => [c.assigneeId, c.version])).toEqual(claims.map(() => [null, 1]));
    expect(await t.db.auditEntry.count({ where: { entityId: { in: claims.map((c) => c.id) } } })).toBe(0);
  });

  it.each([
    ["an inactive user", () => people.inactiveReviewer.id],
    ["a user that does not exist", () => "no-such-user"],
  ])("refuses assigning to %s with bad_request on assigneeId", async (_, assignee) => {
    const claims = await three();
    const error = await expectAppError(assignClaims(t.db, people.editor, claims.map(ref), assignee()), "bad_request");
    expect(error.fieldErrors?.assigneeId).toBeDefined();
    expect((await rows(claims.map((c) => c.id))).map((c) => [c.assigneeId, c.version])).toEqual(claims.map(() => [null, 1]));
  });

  it("changes none of a batch when one claim's version is stale", async () => {
    const claims = await three();
    // Someone starts the last claim after the editor loaded the list.
    await startClaim(t.db, people.reviewer2, ref(claims[2]));
    const before = await bulletinVersion();
    const error = await expectAppError(assignClaims(t.db, people.editor, claims.map(ref), people.reviewer.id), "conflict");
    expect(error.message).toContain("Ravi Reviewer");
    expect((await rows(claims.map((c) => c.id))).map((c) => [c.assigneeId, c.version])).toEqual([
      [null, 1],
      [null, 1],
      [people.reviewer2.id, 2],
    ]);
    expect(await t.db.auditEntry.count({ where: { action: "claim.assign", entityId: { in: claims.map((c) => c.id) } } })).toBe(0);
    expect(await bulletinVersion()).toBe(before);
  });
});
