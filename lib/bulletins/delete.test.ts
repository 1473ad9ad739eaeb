import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { assignClaims } from "@/lib/claims/assign";
import { addComment } from "@/lib/claims/comments";
import { addClaim, updateSpan } from "@/lib/claims/edit";
import { startClaim } from "@/lib/claims/steps";
import { deleteBulletin, restoreBulletin } from "./delete";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const TITLE = "本市一季度建设情况";
const read = (id: string) => t.db.bulletin.findUniqueOrThrow({ where: { id } });

describe("deleteBulletin", () => {
  it.each(["reviewer", "inactiveEditor"] as const)("refuses a deletion by %s", async (who) => {
    const bulletin = await importFixture(t.db, people.editor);
    await expectAppError(deleteBulletin(t.db, people[who], bulletin.id, TITLE), "forbidden");
    expect(await read(bulletin.id)).toMatchObject({ deletedAt: null, version: 1 });
  });

  it("refuses a wrong typed title with a field error on confirmTitle", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const error = await expectAppError(deleteBulletin(t.db, people.editor, bulletin.id, "本市一季度"), "bad_request");
    expect(error.fieldErrors?.confirmTitle).toEqual(["The title does not match."]);
    expect(await read(bulletin.id)).toMatchObject({ deletedAt: null, version: 1 });
    expect(await t.db.auditEntry.count({ where: { bulletinId: bulletin.id, action: "bulletin.delete" } })).toBe(0);
  });

  it("hides the bulletin but keeps its claims, audits it, refuses writes to its claims, and restores", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const claimCount = bulletin.claims.length;
    expect(claimCount).toBeGreaterThan(0);

    await deleteBulletin(t.db, people.admin, bulletin.id, `  ${TITLE} `);
    const deleted = await read(bulletin.id);
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    expect(deleted).toMatchObject({ deletedById: people.admin.id, version: 2 });
    expect(await t.db.claim.count({ where: { bulletinId: bulletin.id } })).toBe(claimCount);
    expect(await t.db.figure.count({ where: { claim: { bulletinId: bulletin.id } } })).toBe(bulletin.claims.flatMap((c) => c.figures).length);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { bulletinId: bulletin.id, action: "bulletin.delete" } });
    expect(audit).toMatchObject({ actorId: people.admin.id, entityType: "Bulletin", entityId: bulletin.id });
    expect(JSON.parse(audit.before ?? "{}")).toEqual({ title: TITLE });

    const claim = bulletin.claims[0];
    await expectAppError(startClaim(t.db, people.reviewer, ref(claim)), "not_found");
    await expectAppError(updateSpan(t.db, people.editor, ref(claim), claim.start, claim.end), "not_found");
    await expectAppError(addComment(t.db, people.reviewer, claim.id, "还在吗？"), "not_found");
    await expectAppError(assignClaims(t.db, people.editor, [ref(claim)], people.reviewer.id), "not_found");
    await expectAppError(addClaim(t.db, people.editor, bulletin.id, claim.start, claim.end), "not_found");
    await expectAppError(deleteBulletin(t.db, people.editor, bulletin.id, TITLE), "not_found");
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "UNVERIFIED", assigneeId: null, version: 1 });
    expect(await t.db.comment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await t.db.claim.count({ where: { bulletinId: bulletin.id } })).toBe(claimCount);

    await expectAppError(restoreBulletin(t.db, people.reviewer, bulletin.id), "forbidden");
    expect((await read(bulletin.id)).deletedAt).not.toBeNull();
    await restoreBulletin(t.db, people.editor, bulletin.id);
    expect(await read(bulletin.id)).toMatchObject({ deletedAt: null, deletedById: null, version: 3 });
    expect(await t.db.auditEntry.count({ where: { bulletinId: bulletin.id, action: "bulletin.restore", actorId: people.editor.id } })).toBe(1);
    await startClaim(t.db, people.reviewer, ref(claim));
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_PROGRESS");
  });

  it("refuses restoring a bulletin that is not deleted, and deleting one that does not exist", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    await expectAppError(restoreBulletin(t.db, people.editor, bulletin.id), "not_found");
    await expectAppError(deleteBulletin(t.db, people.editor, "no-such-bulletin", TITLE), "not_found");
  });
});
