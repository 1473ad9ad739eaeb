import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, newClaim, type People } from "@/lib/testing/workspace-fixtures";
import { commentSchema } from "@/lib/validations/claim";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { addComment } from "./comments";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

describe("addComment", () => {
  it("creates a comment row and an audit entry, and bumps the bulletin's version", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const before = (await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version;
    const comment = await addComment(t.db, people.reviewer, claim.id, "卫健委网站上只列了2家。");
    const stored = await t.db.comment.findMany({ where: { claimId: claim.id } });
    expect(stored.map((c) => [c.id, c.authorId, c.body])).toEqual([[comment.id, people.reviewer.id, "卫健委网站上只列了2家。"]]);
    const audit = await t.db.auditEntry.findMany({ where: { entityId: claim.id } });
    expect(audit.map((a) => [a.action, a.actorId, a.bulletinId, JSON.parse(a.after ?? "null")])).toEqual([
      ["claim.comment", people.reviewer.id, bulletin.id, { commentId: comment.id }],
    ]);
    expect((await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version).toBe(before + 1);
    // A comment is not a change of the claim itself: its version stays.
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("refuses an inactive user and a missing claim", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    await expectAppError(addComment(t.db, people.inactiveReviewer, claim.id, "x"), "forbidden");
    await expectAppError(addComment(t.db, people.reviewer, "no-such-claim", "x"), "not_found");
    expect(await t.db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("commentSchema", () => {
  it.each(["", "   \n "])("refuses an empty body %j with a field error", (body) => {
    const result = commentSchema.safeParse({ claimId: "c1", body });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!, "en").body).toEqual(["Write a comment first."]);
  });

  it("refuses a body over 5,000 characters and trims a good one", () => {
    expect(commentSchema.safeParse({ claimId: "c1", body: "字".repeat(5_001) }).success).toBe(false);
    expect(commentSchema.parse({ claimId: "c1", body: "  请核对  " }).body).toBe("请核对");
  });
});
