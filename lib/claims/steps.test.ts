import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, createPeople, expectAppError, importFixture, newClaim, type People, type Person, ref,
} from "@/lib/testing/workspace-fixtures";
import { setDismissed, updateSpan } from "./edit";
import { approveVerdict, proposeVerdict, reopenClaim, sendBack, startClaim } from "./steps";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const fresh = () => newClaim(t.db, bulletin, "全年财政收入1.14亿元");
const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });
const actions = async (id: string) =>
  (await t.db.auditEntry.findMany({ where: { entityType: "Claim", entityId: id }, orderBy: { at: "asc" } })).map((a) => [a.action, a.actorId]);

/** A claim a reviewer has proposed a verdict on, backed by a supporting quote (it has no figures). */
async function inReview(proposer: Person = people.reviewer) {
  const claim = await fresh();
  await addQuotedEvidence(t.db, proposer, claim.id);
  await startClaim(t.db, proposer, ref(claim));
  await proposeVerdict(t.db, proposer, { id: claim.id, version: 2 }, "ACCURATE", "财政局年报第3页：1.14亿元。");
  return row(claim.id);
}

async function verified() {
  const claim = await inReview();
  await approveVerdict(t.db, people.editor, ref(claim));
  return row(claim.id);
}

describe("claim workflow steps", () => {
  it("start → propose → approve by another editor ends VERIFIED, with who and when stored and each step audited", async () => {
    const claim = await fresh();
    const started = await startClaim(t.db, people.reviewer, ref(claim));
    expect(started).toMatchObject({ status: "IN_PROGRESS", assigneeId: people.reviewer.id, version: 2 });
    await addQuotedEvidence(t.db, people.reviewer, claim.id);
    expect(await row(claim.id)).toMatchObject({ status: "IN_PROGRESS", version: 2 });

    await proposeVerdict(t.db, people.reviewer, ref(started), "MOSTLY_ACCURATE", "年报写的是1.13亿元，四舍五入后相符。");
    const proposed = await row(claim.id);
    expect(proposed).toMatchObject({
      status: "IN_REVIEW", verdict: "MOSTLY_ACCURATE", rationale: "年报写的是1.13亿元，四舍五入后相符。",
      proposedById: people.reviewer.id, approvedById: null, approvedAt: null, version: 3,
    });
    expect(proposed.proposedAt).toBeInstanceOf(Date);

    const before = Date.now();
    await approveVerdict(t.db, people.editor2, ref(proposed));
    const approved = await row(claim.id);
    expect(approved).toMatchObject({ status: "VERIFIED", verdict: "MOSTLY_ACCURATE", proposedById: people.reviewer.id, approvedById: people.editor2.id, version: 4 });
    expect(approved.approvedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(await actions(claim.id)).toEqual([
      ["claim.start", people.reviewer.id],
      ["claim.attach-source", people.reviewer.id],
      ["claim.evidence", people.reviewer.id],
      ["claim.propose", people.reviewer.id],
      ["claim.approve", people.editor2.id],
    ]);
  });

  it.each(["editor", "admin"] as const)("refuses the %s who proposed a verdict approving it; the claim stays IN_REVIEW", async (who) => {
    const claim = await inReview(people[who]);
    const error = await expectAppError(approveVerdict(t.db, people[who], ref(claim)), "forbidden");
    expect(error.message).toMatch(/second person/);
    expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", approvedById: null, version: claim.version });
    expect((await actions(claim.id)).map((a) => a[0])).not.toContain("claim.approve");
  });

  it.each(["reviewer2", "inactiveEditor"] as const)("refuses an approval by %s", async (who) => {
    const claim = await inReview();
    await expectAppError(approveVerdict(t.db, people[who], ref(claim)), "forbidden");
    expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", approvedById: null, version: claim.version });
  });

  it("lets an admin approve a reviewer's verdict", async () => {
    const claim = await inReview();
    await approveVerdict(t.db, people.admin, ref(claim));
    expect(await row(claim.id)).toMatchObject({ status: "VERIFIED", approvedById: people.admin.id });
  });

  it("refuses approving a claim that is not in review", async () => {
    const claim = await fresh();
    await expectAppError(approveVerdict(t.db, people.editor, ref(claim)), "conflict");
    expect(await row(claim.id)).toMatchObject({ status: "UNVERIFIED", version: 1 });
  });

  it("send back stores the comment as a Comment row and returns the claim to IN_PROGRESS", async () => {
    const claim = await inReview();
    const view = await sendBack(t.db, people.editor, ref(claim), "请附上财政局年报的链接。");
    expect(view).toMatchObject({ status: "IN_PROGRESS", commentCount: 1 });
    expect(await row(claim.id)).toMatchObject({ status: "IN_PROGRESS", approvedById: null, version: claim.version + 1 });
    const comments = await t.db.comment.findMany({ where: { claimId: claim.id } });
    expect(comments.map((c) => [c.authorId, c.body])).toEqual([[people.editor.id, "请附上财政局年报的链接。"]]);
    expect((await actions(claim.id)).at(-1)).toEqual(["claim.send-back", people.editor.id]);
    // After being sent back the reviewer can propose again.
    await proposeVerdict(t.db, people.reviewer, { id: claim.id, version: claim.version + 1 }, "ACCURATE", "已附链接。");
    expect((await row(claim.id)).status).toBe("IN_REVIEW");
  });

  it("send back requires IN_REVIEW and a reviewer cannot send back; no comment is stored when refused", async () => {
    const started = await fresh();
    await startClaim(t.db, people.reviewer, ref(started));
    await expectAppError(sendBack(t.db, people.editor, { id: started.id, version: 2 }, "再看看"), "conflict");
    const claim = await inReview();
    await expectAppError(sendBack(t.db, people.reviewer2, ref(claim), "再看看"), "forbidden");
    await expectAppError(sendBack(t.db, people.reviewer, ref(claim), "再看看"), "forbidden");
    expect(await t.db.comment.count({ where: { claimId: { in: [started.id, claim.id] } } })).toBe(0);
    expect((await row(claim.id)).status).toBe("IN_REVIEW");
  });

  it("reopen: an editor reopens a VERIFIED claim to IN_PROGRESS, clearing the approval and keeping the comment", async () => {
    const claim = await verified();
    await reopenClaim(t.db, people.editor2, ref(claim), "新数据公布了。");
    expect(await row(claim.id)).toMatchObject({ status: "IN_PROGRESS", approvedById: null, approvedAt: null, version: claim.version + 1 });
    expect((await t.db.comment.findFirstOrThrow({ where: { claimId: claim.id } })).body).toBe("新数据公布了。");
    expect((await actions(claim.id)).at(-1)).toEqual(["claim.reopen", people.editor2.id]);
  });

  it.each(["reviewer", "inactiveEditor"] as const)("refuses a reopen by %s", async (who) => {
    const claim = await verified();
    await expectAppError(reopenClaim(t.db, people[who], ref(claim)), "forbidden");
    expect(await row(claim.id)).toMatchObject({ status: "VERIFIED", version: claim.version });
  });

  it("refuses reopening a claim that is not VERIFIED", async () => {
    const claim = await inReview();
    await expectAppError(reopenClaim(t.db, people.editor, ref(claim)), "conflict");
    expect((await row(claim.id)).status).toBe("IN_REVIEW");
  });

  it("refuses a second proposal on a claim IN_REVIEW or VERIFIED (conflict), even by an editor", async () => {
    const review = await inReview();
    await expectAppError(proposeVerdict(t.db, people.editor, ref(review), "INACCURATE", "不同意"), "conflict");
    expect(await row(review.id)).toMatchObject({ verdict: "ACCURATE", proposedById: people.reviewer.id, version: review.version });
    const done = await verified();
    await expectAppError(proposeVerdict(t.db, people.reviewer, ref(done), "INACCURATE", "不同意"), "conflict");
    await expectAppError(proposeVerdict(t.db, people.admin, ref(done), "INACCURATE", "不同意"), "conflict");
    expect(await row(done.id)).toMatchObject({ status: "VERIFIED", verdict: "ACCURATE", version: done.version });
  });

  it("refuses starting a claim that is not UNVERIFIED", async () => {
    const claim = await fresh();
    await startClaim(t.db, people.reviewer, ref(claim));
    await expectAppError(startClaim(t.db, people.reviewer2, { id: claim.id, version: 2 }), "conflict");
    expect(await row(claim.id)).toMatchObject({ assigneeId: people.reviewer.id, version: 2 });
  });

  it("a dismissed claim cannot be started or proposed until it is restored", async () => {
    const claim = await fresh();
    await addQuotedEvidence(t.db, people.reviewer, claim.id);
    await setDismissed(t.db, people.reviewer, ref(claim), true, "不是事实陈述");
    const dismissed = await row(claim.id);
    expect(dismissed).toMatchObject({ dismissed: true, version: 2 });
    await expectAppError(proposeVerdict(t.db, people.reviewer, ref(dismissed), "ACCURATE", "x"), "conflict");
    await expectAppError(startClaim(t.db, people.editor, ref(dismissed)), "conflict");
    expect(await row(claim.id)).toMatchObject({ status: "UNVERIFIED", verdict: null, version: 2 });

    await setDismissed(t.db, people.reviewer, ref(dismissed), false);
    await proposeVerdict(t.db, people.reviewer, { id: claim.id, version: 3 }, "ACCURATE", "核对无误");
    expect(await row(claim.id)).toMatchObject({ dismissed: false, status: "IN_REVIEW", verdict: "ACCURATE" });
    expect((await actions(claim.id)).map((a) => a[0])).toEqual(["claim.attach-source", "claim.evidence", "claim.dismiss", "claim.restore", "claim.propose"]);
  });

  it("refuses dismissing a claim with a proposed verdict", async () => {
    const claim = await inReview();
    await expectAppError(setDismissed(t.db, people.editor, ref(claim), true), "conflict");
    expect((await row(claim.id)).dismissed).toBe(false);
  });

  it("a reviewer cannot change a VERIFIED claim's span; an editor can", async () => {
    const claim = await verified();
    await expectAppError(updateSpan(t.db, people.reviewer, ref(claim), claim.start, claim.end - 1), "forbidden");
    expect(await row(claim.id)).toMatchObject({ end: claim.end, version: claim.version });
  });

  it("an inactive user can take no step at all", async () => {
    const claim = await fresh();
    for (const who of [people.inactiveEditor, people.inactiveReviewer]) {
      await expectAppError(startClaim(t.db, who, ref(claim)), "forbidden");
      await expectAppError(proposeVerdict(t.db, who, ref(claim), "ACCURATE", "x"), "forbidden");
      await expectAppError(setDismissed(t.db, who, ref(claim), true), "forbidden");
      await expectAppError(updateSpan(t.db, who, ref(claim), claim.start, claim.end - 1), "forbidden");
    }
    const review = await inReview();
    await expectAppError(approveVerdict(t.db, people.inactiveEditor, ref(review)), "forbidden");
    await expectAppError(sendBack(t.db, people.inactiveEditor, ref(review), "x"), "forbidden");
    const done = await verified();
    await expectAppError(reopenClaim(t.db, people.inactiveEditor, ref(done)), "forbidden");
    expect(await row(claim.id)).toMatchObject({ status: "UNVERIFIED", dismissed: false, version: 1 });
    expect(await row(review.id)).toMatchObject({ status: "IN_REVIEW", version: review.version });
    expect(await row(done.id)).toMatchObject({ status: "VERIFIED", version: done.version });
    expect(await t.db.auditEntry.count({ where: { actorId: { in: [people.inactiveEditor.id, people.inactiveReviewer.id] } } })).toBe(0);
  });

  it("every write bumps the bulletin's version, which open workspaces poll", async () => {
    const before = (await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version;
    const claim = await fresh();
    await startClaim(t.db, people.reviewer, ref(claim));
    expect((await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version).toBe(before + 1);
    await expectAppError(startClaim(t.db, people.reviewer, ref(claim)), "conflict");
    expect((await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } })).version).toBe(before + 1);
  });
});
