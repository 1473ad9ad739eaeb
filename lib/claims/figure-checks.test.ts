import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { addQuotedEvidence, claimWithText, createPeople, expectAppError, importFixture, makeProposable, type People, ref } from "@/lib/testing/workspace-fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { figureCheckSchema } from "@/lib/validations/source";
import { acknowledgeFinding, recordFigureCheck } from "./figure-checks";
import { proposeVerdict } from "./steps";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const claimRow = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });
const SOURCE = "街道办通报：辖区内当年新建医院4家，另有社区卫生站7处完成改造，总投资约3.2亿元。";

async function hospitalClaim() {
  const bulletin = await importFixture(t.db, people.editor);
  const claim = claimWithText(bulletin.claims, "医院3家");
  const figure = claim.figures.find((f) => f.text === "3家")!;
  return { bulletin, claim, figure };
}

describe("recordFigureCheck", () => {
  it("stores the result, the proposal, the source value and passage, and who checked it; bumps the version and audits", async () => {
    const { claim, figure } = await hospitalClaim();
    const { sourceId, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id, { text: SOURCE, passage: "新建医院4家", stance: "REFUTES" });
    const sourceStart = SOURCE.indexOf("4家");
    const before = Date.now();
    const view = await recordFigureCheck(t.db, people.reviewer2, ref(claim), {
      figureId: figure.id, result: "DIFFERS", proposed: "DIFFERS", sourceId, snapshotId: snapshot.id,
      sourceStart, sourceEnd: sourceStart + 2, sourceValue: "4", relativeDifference: -0.25, note: "通报写的是4家",
    });
    expect(view.version).toBe(2);

    const stored = await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(stored).toMatchObject({
      check: "DIFFERS", proposedCheck: "DIFFERS", checkNote: "通报写的是4家", sourceValue: "4", relativeDifference: -0.25,
      sourceId, snapshotId: snapshot.id, sourceStart, sourceEnd: sourceStart + 2, checkedById: people.reviewer2.id,
    });
    expect(stored.sourcePassage).toContain("新建医院4家");
    expect(SOURCE).toContain(stored.sourcePassage!);
    expect(stored.checkedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await claimRow(claim.id)).toMatchObject({ version: 2 });

    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.figure-check" } });
    expect(audit.actorId).toBe(people.reviewer2.id);
    expect(JSON.parse(audit.before!)).toEqual({ figure: "3家", check: "UNCHECKED" });
    expect(JSON.parse(audit.after!)).toMatchObject({ figure: "3家", check: "DIFFERS", proposed: "DIFFERS", sourceValue: "4" });
  });

  it("refuses a source that is not attached to the claim", async () => {
    const { claim, figure } = await hospitalClaim();
    await expectAppError(
      recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: figure.id, result: "MATCHES", sourceId: "not-attached", sourceValue: "3" }),
      "bad_request",
    );
    expect((await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).check).toBe("UNCHECKED");
  });

  it("stores NOT_CHECKABLE with its reason and no source fields, even when some were sent", async () => {
    const { claim, figure } = await hospitalClaim();
    const { sourceId, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id, { text: SOURCE, passage: "新建医院4家" });
    await recordFigureCheck(t.db, people.reviewer, ref(claim), {
      figureId: figure.id, result: "NOT_CHECKABLE", note: "无公开名单", sourceId, snapshotId: snapshot.id, sourceValue: "4", relativeDifference: 0.1,
    });
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({
      check: "NOT_CHECKABLE", checkNote: "无公开名单", sourceValue: null, relativeDifference: null, sourceId: null, snapshotId: null, sourcePassage: null,
      checkedById: people.reviewer.id,
    });
  });

  it("refuses NOT_CHECKABLE without a reason at the schema, before any write", async () => {
    const { claim, figure } = await hospitalClaim();
    const parsed = figureCheckSchema.safeParse({ claimId: claim.id, version: claim.version, figureId: figure.id, result: "NOT_CHECKABLE", note: " " });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!, "en")).toEqual({ note: ["Say why this figure cannot be checked."] });
    expect(fieldErrorsOf(parsed.error!, "zh").note).toHaveLength(1);
  });

  it("refuses a stale version with conflict and keeps the first check", async () => {
    const { claim, figure } = await hospitalClaim();
    await recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: figure.id, result: "NOT_FOUND", note: "未找到" });
    await expectAppError(recordFigureCheck(t.db, people.reviewer2, ref(claim), { figureId: figure.id, result: "NOT_CHECKABLE", note: "另一个理由" }), "conflict");
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "NOT_FOUND", checkNote: "未找到", checkedById: people.reviewer.id });
    expect(await claimRow(claim.id)).toMatchObject({ version: 2 });
  });

  it("refuses a figure of another claim with not_found, changing neither figure", async () => {
    const { bulletin, claim } = await hospitalClaim();
    const money = claimWithText(bulletin.claims, "全年财政收入1.14亿元").figures[0];
    await expectAppError(recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: money.id, result: "NOT_CHECKABLE", note: "x" }), "not_found");
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: money.id } })).toMatchObject({ check: "UNCHECKED", checkedById: null });
    expect(await claimRow(claim.id)).toMatchObject({ version: 1 });
  });

  it("refuses a passage from a snapshot of another source", async () => {
    const { claim, figure } = await hospitalClaim();
    const mine = await addQuotedEvidence(t.db, people.reviewer, claim.id, { text: SOURCE, passage: "新建医院4家" });
    const other = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    await expectAppError(recordFigureCheck(t.db, people.reviewer, ref(claim), {
      figureId: figure.id, result: "MATCHES", sourceId: mine.sourceId, snapshotId: other.snapshot.id, sourceValue: "3",
    }), "bad_request");
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "UNCHECKED" });
  });

  it("refuses a claim in review with conflict", async () => {
    const { claim, figure } = await hospitalClaim();
    const ready = await makeProposable(t.db, people.reviewer, claim.id);
    await proposeVerdict(t.db, people.reviewer, ref(ready), "UNVERIFIABLE", "无法核实");
    const review = await claimRow(claim.id);
    await expectAppError(recordFigureCheck(t.db, people.editor, ref(review), { figureId: figure.id, result: "NOT_FOUND" }), "conflict");
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "NOT_CHECKABLE" });
    expect(await claimRow(claim.id)).toMatchObject({ status: "IN_REVIEW", version: review.version });
  });
});

describe("acknowledgeFinding", () => {
  it("records who acknowledged a finding and when, bumping the version; refuses a finding of another claim", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const claim = claimWithText(bulletin.claims, "另有英国、意大利、西班牙共4个国家的企业来访。");
    const other = claimWithText(bulletin.claims, "医院3家");
    const finding = await t.db.consistencyFinding.create({
      data: { claimId: claim.id, kind: "count-vs-list", ok: false, details: JSON.stringify({ stated: 4, listed: 3 }) },
    });
    const foreign = await t.db.consistencyFinding.create({ data: { claimId: other.id, kind: "count-vs-list", ok: true, details: "{}" } });

    await expectAppError(acknowledgeFinding(t.db, people.reviewer, ref(claim), foreign.id), "not_found");
    const before = Date.now();
    const view = await acknowledgeFinding(t.db, people.reviewer, ref(claim), finding.id);
    expect(view.version).toBe(2);
    expect(view.findings.find((f) => f.id === finding.id)).toMatchObject({ acknowledged: true });
    const stored = await t.db.consistencyFinding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(stored.acknowledgedById).toBe(people.reviewer.id);
    expect(stored.acknowledgedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await t.db.consistencyFinding.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ acknowledgedById: null, acknowledgedAt: null });
    expect((await t.db.auditEntry.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.acknowledge" } })).actorId).toBe(people.reviewer.id);
  });
});
