import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, claimWithText, createPeople, expectAppError, importFixture, makeProposable, markFiguresNotCheckable, newClaim, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { bulkChange, editClaim, setPriority, setTags } from "./corrections";
import { deleteEvidence, detachSource, editEvidence } from "./evidence-corrections";
import { addFigure, editFigure, proposeFigure, removeFigure } from "./figure-corrections";
import { recordFigureCheck } from "./figure-checks";
import { approveVerdict, proposeVerdict } from "./steps";

let t: TestDb;
let people: People;
let bulletin: Awaited<ReturnType<typeof importFixture>>;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const claimRow = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id }, include: { figures: { orderBy: { start: "asc" } }, tags: true, evidence: true, sources: true } });
const auditOf = async (id: string, action: string) => {
  const rows = await t.db.auditEntry.findMany({ where: { entityId: id, action }, orderBy: { at: "asc" } });
  return rows.map((r) => ({ actorId: r.actorId, before: JSON.parse(r.before ?? "null"), after: JSON.parse(r.after ?? "null") }));
};

/** A claim in review (proposed by the reviewer) and a verified one, to show every correction is refused on both. */
async function lockedClaims() {
  const review = await newClaim(t.db, bulletin, "医院3家");
  await t.db.figure.create({ data: { claimId: review.id, text: "3家", start: review.start + 2, end: review.end, kind: "count", value: "3", unit: "家" } });
  await makeProposable(t.db, people.reviewer, review.id);
  const proposed = await proposeVerdict(t.db, people.reviewer, ref(await t.db.claim.findUniqueOrThrow({ where: { id: review.id } })), "ACCURATE", "来源写明新建医院。");
  const verified = await newClaim(t.db, bulletin, "学校约12所");
  await t.db.figure.create({ data: { claimId: verified.id, text: "约12所", start: verified.start + 2, end: verified.end, kind: "count", value: "12", approx: "about", unit: "所" } });
  await makeProposable(t.db, people.reviewer, verified.id);
  const p = await proposeVerdict(t.db, people.reviewer, ref(await t.db.claim.findUniqueOrThrow({ where: { id: verified.id } })), "ACCURATE", "来源写明新建学校。");
  const approved = await approveVerdict(t.db, people.editor, ref(p));
  return [proposed, approved];
}

describe("editClaim", () => {
  it("changes statement, kind and speaker, keeps the span, bumps the version and audits before → after", async () => {
    const claim = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const view = await editClaim(t.db, people.reviewer, ref(claim), { statement: "本市全年财政收入为1.14亿元", kind: "STATISTIC", speaker: "市财政局" });
    expect(view).toMatchObject({ statement: "本市全年财政收入为1.14亿元", speaker: "市财政局", version: claim.version + 1 });
    const row = await claimRow(claim.id);
    expect(row).toMatchObject({ statement: "本市全年财政收入为1.14亿元", speaker: "市财政局", start: claim.start, end: claim.end, text: claim.text });
    expect(await auditOf(claim.id, "claim.edit")).toEqual([
      { actorId: people.reviewer.id, before: { statement: claim.statement, speaker: null }, after: { statement: "本市全年财政收入为1.14亿元", speaker: "市财政局" } },
    ]);
  });

  it("refuses a stale version with the current claim attached, and changes nothing", async () => {
    const claim = claimWithText(bulletin.claims, "税收同比增长6.2%");
    await editClaim(t.db, people.reviewer2, ref(claim), { speaker: "统计局" });
    const error = await expectAppError(editClaim(t.db, people.reviewer, ref(claim), { statement: "旧版本上的修改" }), "conflict");
    expect(error.message).toMatch(/^Ravi Reviewer changed this claim/);
    expect(error.messageIn("zh")).toMatch(/^Ravi Reviewer.*修改了这条声明/);
    expect((error.details as { current: { version: number; speaker: string } }).current).toMatchObject({ version: claim.version + 1, speaker: "统计局" });
    expect((await claimRow(claim.id)).statement).toBe(claim.statement);
  });

  it("refuses an empty change and any correction on a claim in review or verified", async () => {
    const claim = claimWithText(bulletin.claims, "税收同比增长6.2%");
    const row = await claimRow(claim.id);
    await expectAppError(editClaim(t.db, people.reviewer, ref(row), { speaker: row.speaker }), "bad_request");
    for (const locked of await lockedClaims()) {
      const fresh = await claimRow(locked.id);
      await expectAppError(editClaim(t.db, people.editor2, ref(fresh), { statement: "改写" }), "conflict");
      await expectAppError(removeFigure(t.db, people.editor2, ref(fresh), fresh.figures[0].id), "conflict");
      await expectAppError(editFigure(t.db, people.editor2, ref(fresh), fresh.figures[0].id, { value: "4", approx: "exact", kind: "count" }), "conflict");
      await expectAppError(addFigure(t.db, people.editor2, ref(fresh), { start: fresh.start, end: fresh.end }, { value: "1", approx: "exact", kind: "count" }), "conflict");
      await expectAppError(detachSource(t.db, people.editor2, ref(fresh), fresh.sources[0].sourceId), "conflict");
      await expectAppError(editEvidence(t.db, people.editor2, ref(fresh), fresh.evidence[0].id, { stance: "REFUTES" }), "conflict");
      await expectAppError(deleteEvidence(t.db, people.editor2, ref(fresh), fresh.evidence[0].id), "conflict");
      const after = await claimRow(locked.id);
      expect(after.version).toBe(fresh.version);
      expect(after.figures.length).toBe(fresh.figures.length);
      expect(after.evidence.length).toBe(fresh.evidence.length);
    }
  });

  it("refuses a deactivated user", async () => {
    const claim = await newClaim(t.db, bulletin, "公园4.5万平方米");
    await expectAppError(editClaim(t.db, people.inactiveReviewer, ref(claim), { statement: "x" }), "forbidden");
  });
});

describe("figures", () => {
  it("removes a spurious figure, which then no longer blocks a verdict", async () => {
    const claim = await newClaim(t.db, bulletin, "全年财政收入1.14亿元，税收同比增长6.2%");
    const money = await t.db.figure.create({ data: { claimId: claim.id, text: "1.14亿元", start: claim.start + 6, end: claim.start + 12, kind: "money", value: "114000000" } });
    const share = await t.db.figure.create({ data: { claimId: claim.id, text: "6.2%", start: claim.end - 4, end: claim.end, kind: "percent", value: "6.2", unit: "%" } });
    await addQuotedEvidence(t.db, people.reviewer, claim.id);
    await recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: money.id, result: "NOT_CHECKABLE", note: "无来源" });
    let row = await claimRow(claim.id);
    await expectAppError(proposeVerdict(t.db, people.reviewer, ref(row), "ACCURATE", "理由"), "bad_request");

    await removeFigure(t.db, people.reviewer, ref(row), share.id);
    row = await claimRow(claim.id);
    expect(row.figures.map((f) => f.text)).toEqual(["1.14亿元"]);
    expect(await auditOf(claim.id, "claim.figure-remove")).toEqual([
      { actorId: people.reviewer.id, before: { figure: "6.2%", value: "6.2", unit: "%", approx: "exact", check: "UNCHECKED" }, after: { figure: null } },
    ]);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(row), "ACCURATE", "理由");
    expect(proposed.status).toBe("IN_REVIEW");
  });

  it("proposes a figure from a selection and adds it as the reviewer corrected it; the span stays inside the claim", async () => {
    const claim = await newClaim(t.db, bulletin, "本市共新建学校约12所");
    const start = bulletin.cleanText.indexOf("约12所", claim.start);
    const proposal = await proposeFigure(t.db, claim.id, { start, end: start + 4 });
    expect(proposal).toMatchObject({ found: true, text: "约12所", value: "12", approx: "about", unit: "所" });
    await expectAppError(proposeFigure(t.db, claim.id, { start: claim.start - 3, end: claim.start + 2 }), "bad_request");

    const view = await addFigure(t.db, people.reviewer, ref(claim), { start, end: start + 4 }, { value: "12", unit: "所", approx: "exact", kind: "count" });
    expect(view.figures.map((f) => [f.text, f.value, f.approx, f.check])).toEqual([["约12所", "12", "exact", "UNCHECKED"]]);
    const [row] = (await claimRow(claim.id)).figures;
    expect(row).toMatchObject({ manual: true, start, end: start + 4 });
    expect(await auditOf(claim.id, "claim.figure-add")).toEqual([
      { actorId: people.reviewer.id, before: { figure: null }, after: { figure: "约12所", value: "12", unit: "所", approx: "exact" } },
    ]);
    await expectAppError(addFigure(t.db, people.reviewer, ref(view), { start, end: start + 4 }, { value: "12", approx: "exact", kind: "count" }), "conflict");
  });

  it("edits a figure's value and sends its check back to unchecked", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const figure = await t.db.figure.create({ data: { claimId: claim.id, text: "3家", start: claim.start + 2, end: claim.end, kind: "count", value: "3", unit: "家", check: "MATCHES", sourceValue: "3" } });
    const view = await editFigure(t.db, people.reviewer, ref(claim), figure.id, { value: "4", unit: "家", approx: "exact", kind: "count" });
    expect(view.figures[0]).toMatchObject({ value: "4", check: "UNCHECKED" });
    expect(await auditOf(claim.id, "claim.figure-edit")).toEqual([
      { actorId: people.reviewer.id, before: { figure: "3家", value: "3", check: "MATCHES" }, after: { figure: "3家", value: "4", check: "UNCHECKED" } },
    ]);
    await expectAppError(editFigure(t.db, people.reviewer, ref(claim), figure.id, { value: "5", approx: "exact", kind: "count" }), "conflict");
  });
});

describe("sources and evidence", () => {
  it("detaches a source with its evidence; figure checks on it return to unchecked", async () => {
    const claim = await newClaim(t.db, bulletin, "全年财政收入1.14亿元");
    const figure = await t.db.figure.create({ data: { claimId: claim.id, text: "1.14亿元", start: claim.start + 6, end: claim.end, kind: "money", value: "114000000" } });
    const { sourceId, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    const checked = await recordFigureCheck(t.db, people.reviewer, ref(claim), { figureId: figure.id, result: "MATCHES", sourceId, snapshotId: snapshot.id, sourceValue: "114000000" });
    const view = await detachSource(t.db, people.reviewer, ref(checked), sourceId);
    expect(view.sources).toEqual([]);
    expect(view.evidence).toEqual([]);
    const row = await claimRow(claim.id);
    expect(row.sources).toEqual([]);
    expect(row.figures[0]).toMatchObject({ check: "UNCHECKED", sourceId: null, sourceValue: null });
    expect(await t.db.source.count({ where: { id: sourceId } })).toBe(1);
    expect(await auditOf(claim.id, "claim.source-detach")).toEqual([
      { actorId: people.reviewer.id, before: { source: "市财政局预算执行报告", evidence: 1, checks: ["1.14亿元: MATCHES"] }, after: { source: null, evidence: 0, checks: ["1.14亿元: UNCHECKED"] } },
    ]);
    await expectAppError(detachSource(t.db, people.reviewer, ref(view), sourceId), "not_found");
  });

  it("edits a piece of evidence's stance, note and passage, and deletes one", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { evidence, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    const passage = "同期新建医院4家";
    const start = snapshot.text.indexOf(passage);
    const view = await editEvidence(t.db, people.reviewer, ref(claim), evidence.id, { stance: "REFUTES", note: "来源为4家", start, end: start + passage.length });
    expect(view.evidence[0]).toMatchObject({ stance: "REFUTES", note: "来源为4家", exact: passage, start, anchor: "ANCHORED" });
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).version).toBe(2);
    expect(await auditOf(claim.id, "claim.evidence-edit")).toEqual([
      { actorId: people.reviewer.id, before: { stance: "SUPPORTS", note: null, passage: "全市一般公共预算收入完成1.14亿元" }, after: { stance: "REFUTES", note: "来源为4家", passage } },
    ]);
    await expectAppError(editEvidence(t.db, people.reviewer, ref(view), evidence.id, { start: 0, end: snapshot.text.length + 5 }), "bad_request");

    const deleted = await deleteEvidence(t.db, people.reviewer, ref(view), evidence.id);
    expect(deleted.evidence).toEqual([]);
    expect(await t.db.evidence.count({ where: { id: evidence.id } })).toBe(0);
    expect((await auditOf(claim.id, "claim.evidence-delete"))[0].before).toMatchObject({ passage, stance: "REFUTES" });
  });
});

describe("tags, priority and bulk changes", () => {
  it("stores tags without duplicates, and a priority, at any status", async () => {
    const [, verified] = await lockedClaims();
    let row = await claimRow(verified.id);
    const tagged = await setTags(t.db, people.reviewer, ref(row), ["预算", " 预算 ", "财政  数据", "财政 数据"]);
    expect(tagged.tags).toEqual(["财政 数据", "预算"].sort((a, b) => a.localeCompare(b)));
    row = await claimRow(verified.id);
    expect(row.tags.map((t) => t.tag).sort()).toEqual(["预算", "财政 数据"].sort());
    const high = await setPriority(t.db, people.reviewer, ref(row), "HIGH");
    expect(high.priority).toBe("HIGH");
    expect((await auditOf(verified.id, "claim.priority"))[0]).toMatchObject({ before: { priority: "NORMAL" }, after: { priority: "HIGH" } });
    expect((await auditOf(verified.id, "claim.tags"))[0]).toMatchObject({ before: { tags: [] } });
  });

  it("tags, sets priority and dismisses many claims at once, or none when one is stale", async () => {
    const a = await newClaim(t.db, bulletin, "本市已向法国");
    const b = await newClaim(t.db, bulletin, "德国、日本");
    const tagged = await bulkChange(t.db, people.editor, [ref(a), ref(b)], { kind: "tag", tag: "外贸" });
    expect(tagged.map((c) => c.tags)).toEqual([["外贸"], ["外贸"]]);
    await bulkChange(t.db, people.editor, tagged.map(ref), { kind: "priority", priority: "LOW" });
    const stale = [ref(await claimRow(a.id)), ref(b)];
    await expectAppError(bulkChange(t.db, people.editor, stale, { kind: "dismiss", reason: "不是可核查的声明" }), "conflict");
    expect((await claimRow(a.id)).dismissed).toBe(false);

    const fresh = [ref(await claimRow(a.id)), ref(await claimRow(b.id))];
    const dismissed = await bulkChange(t.db, people.editor, fresh, { kind: "dismiss", reason: "不是可核查的声明" });
    expect(dismissed.every((c) => c.dismissed && c.priority === "LOW")).toBe(true);
    expect(await t.db.comment.count({ where: { claimId: { in: [a.id, b.id] }, body: "不是可核查的声明" } })).toBe(2);
  });
});

describe("marking figures on a new claim", () => {
  it("keeps a reviewer's figure when the span is read again", async () => {
    const claim = await newClaim(t.db, bulletin, "公园4.5万平方米");
    const start = claim.start + 2;
    await addFigure(t.db, people.reviewer, ref(claim), { start, end: claim.end }, { value: "45000", unit: "平方米", approx: "exact", kind: "quantity" });
    await markFiguresNotCheckable(t.db, people.reviewer, claim.id);
    const { updateSpan } = await import("./edit");
    const row = await claimRow(claim.id);
    await updateSpan(t.db, people.reviewer, ref(row), claim.start, claim.end);
    expect((await claimRow(claim.id)).figures.filter((f) => f.manual).map((f) => [f.text, f.check])).toEqual([["4.5万平方米", "NOT_CHECKABLE"]]);
  });
});
