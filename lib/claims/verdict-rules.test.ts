import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, claimWithText, createPeople, expectAppError, importFixture, markFiguresNotCheckable, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { recordFigureCheck } from "./figure-checks";
import { proposeVerdict, startClaim } from "./steps";

// What a verdict must rest on (assertVerdictIsBacked), enforced by proposeVerdict on the rows in the database.

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id }, include: { figures: { orderBy: { start: "asc" } } } });

/** A started claim from a freshly imported bulletin, with the figures the engine found. */
async function startedClaim(text: string) {
  const bulletin = await importFixture(t.db, people.editor);
  const claim = claimWithText(bulletin.claims, text);
  await startClaim(t.db, people.reviewer, ref(claim));
  return row(claim.id);
}

/** Proposing must fail with bad_request and leave the claim exactly as it was. */
async function expectRefused(claimId: string, verdict: Parameters<typeof proposeVerdict>[3], pattern: RegExp) {
  const before = await row(claimId);
  const error = await expectAppError(proposeVerdict(t.db, people.reviewer, ref(before), verdict, "理由"), "bad_request");
  expect(error.status).toBe(400);
  expect(error.message).toMatch(pattern);
  const after = await row(claimId);
  expect(after).toMatchObject({ status: "IN_PROGRESS", verdict: null, rationale: null, proposedById: null, proposedAt: null, version: before.version });
  expect(await t.db.auditEntry.count({ where: { entityId: claimId, action: "claim.propose" } })).toBe(0);
}

describe("a verdict needs every figure checked", () => {
  it("refuses a proposal while a figure is unchecked; after checking all, UNVERIFIABLE needs no evidence", async () => {
    const claim = await startedClaim("全年财政收入1.14亿元");
    expect(claim.figures.map((f) => f.check)).toEqual(["UNCHECKED"]);
    for (const verdict of ["UNVERIFIABLE", "ACCURATE", "INACCURATE"] as const) {
      await expectRefused(claim.id, verdict, /Check every figure first: 1 of 1 is not checked/);
    }

    const checked = await markFiguresNotCheckable(t.db, people.reviewer, claim.id, "财政局尚未公布决算");
    expect((await row(claim.id)).figures).toMatchObject([{ check: "NOT_CHECKABLE", checkNote: "财政局尚未公布决算", checkedById: people.reviewer.id }]);
    await proposeVerdict(t.db, people.reviewer, ref(checked), "UNVERIFIABLE", "没有可核对的来源");
    expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", verdict: "UNVERIFIABLE", proposedById: people.reviewer.id, version: checked.version + 1 });
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("counts every figure: one of two checked is not enough", async () => {
    const claim = await startedClaim("医院3家");
    expect(claim.figures).toHaveLength(2);
    await recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: claim.figures[0].id, result: "NOT_CHECKABLE", note: "日期无需核对" });
    await expectRefused(claim.id, "UNVERIFIABLE", /1 of 2 are not checked/);
  });
});

describe("a verdict other than unverifiable needs evidence", () => {
  it.each(["ACCURATE", "MOSTLY_ACCURATE"] as const)("%s: refused without evidence, accepted with one SUPPORTS quote", async (verdict) => {
    const claim = await startedClaim("全年财政收入1.14亿元");
    await markFiguresNotCheckable(t.db, people.reviewer, claim.id);
    await expectRefused(claim.id, verdict, /at least one piece of evidence/);

    await addQuotedEvidence(t.db, people.reviewer, claim.id, { stance: "SUPPORTS" });
    const ready = await row(claim.id);
    await proposeVerdict(t.db, people.reviewer, ref(ready), verdict, "报告写明1.14亿元");
    expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", verdict, version: ready.version + 1 });
  });
});

describe("inaccurate and misleading need something that contradicts the claim", () => {
  describe.each(["INACCURATE", "MISLEADING"] as const)("%s", (verdict) => {
    it("is refused with only SUPPORTS evidence and no differing figure; accepted once a REFUTES quote is added", async () => {
      const claim = await startedClaim("全年财政收入1.14亿元");
      await markFiguresNotCheckable(t.db, people.reviewer, claim.id);
      await addQuotedEvidence(t.db, people.reviewer, claim.id, { stance: "SUPPORTS" });
      await addQuotedEvidence(t.db, people.reviewer, claim.id, { stance: "CONTEXT", passage: "主要来自税收增长" });
      await expectRefused(claim.id, verdict, /refutes the claim, or a figure that differs/);

      await addQuotedEvidence(t.db, people.reviewer, claim.id, {
        stance: "REFUTES", text: "审计报告：当年实际收入为0.98亿元，此前公布的数字有误。", passage: "当年实际收入为0.98亿元",
      });
      const ready = await row(claim.id);
      await proposeVerdict(t.db, people.reviewer, ref(ready), verdict, "审计报告更正为0.98亿元");
      expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", verdict, version: ready.version + 1 });
    });

    it("is accepted with SUPPORTS evidence when a figure's check is DIFFERS", async () => {
      const claim = await startedClaim("医院3家");
      const { sourceId, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id, { stance: "SUPPORTS", passage: "新建医院4家" });
      const [date, count] = claim.figures;
      expect(count.text).toBe("3家");
      let current = await row(claim.id);
      await recordFigureCheck(t.db, people.reviewer, ref(current), { figureId: date.id, result: "NOT_CHECKABLE", note: "日期只是时间范围" });
      current = await row(claim.id);
      await recordFigureCheck(t.db, people.reviewer, ref(current), { figureId: count.id, result: "NOT_FOUND" });
      await expectRefused(claim.id, verdict, /refutes the claim, or a figure that differs/);

      current = await row(claim.id);
      const start = snapshot.text.indexOf("4家");
      await recordFigureCheck(t.db, people.reviewer, ref(current), {
        figureId: count.id, result: "DIFFERS", sourceId, snapshotId: snapshot.id, sourceStart: start, sourceEnd: start + 2, sourceValue: "4", relativeDifference: -0.25,
      });
      const ready = await row(claim.id);
      expect(ready.figures.map((f) => f.check)).toEqual(["NOT_CHECKABLE", "DIFFERS"]);
      await proposeVerdict(t.db, people.reviewer, ref(ready), verdict, "来源写的是4家");
      expect(await row(claim.id)).toMatchObject({ status: "IN_REVIEW", verdict, version: ready.version + 1 });
    });
  });
});
