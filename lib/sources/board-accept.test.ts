import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readTableSource } from "@/lib/ingest/table-source";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { acceptAllShown, acceptBoardFigure } from "./board-accept";
import { addSourceToBulletin } from "./bulletin-sources";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const RELEASE = "区统计局发布：今年全市新建学校12所，新建医院4家，新建公园4.5万平方米。";
const TABLE = "本市财政收支\n指标,2023年,2024年\n财政支出(亿元),1.14,1.30\n财政收入(亿元),1.02,1.14\n";

/** A fresh fixture bulletin with the release attached to the whole bulletin (not to any claim). */
async function bulletinWithRelease() {
  const bulletin = await importFixture(t.db, people.editor);
  const { sourceId } = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, { title: "区统计局发布", kind: "OFFICIAL", credibility: 5 }, RELEASE, "text/plain");
  const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
  const figure = (claimText: string, figureText: string) => {
    const claim = claimWithText(bulletin.claims, claimText);
    return { claim, figure: claim.figures.find((f) => f.text === figureText)! };
  };
  return { bulletin, sourceId, snapshot, figure };
}

/** Every row the board could write for one claim, to assert exactly what a decision wrote. */
async function written(claimId: string, since: Date) {
  const [figures, links, evidence, audit] = await Promise.all([
    t.db.figure.findMany({ where: { claimId, check: { not: "UNCHECKED" } }, select: { id: true, check: true, proposedCheck: true, sourceId: true, sourceValue: true, checkNote: true, checkedById: true, sourcePassage: true, sourceFragment: true } }),
    t.db.claimSource.findMany({ where: { claimId }, select: { sourceId: true, attachedById: true } }),
    t.db.evidence.findMany({ where: { claimId }, select: { sourceId: true, snapshotId: true, exact: true, start: true, end: true, stance: true, fragment: true } }),
    t.db.auditEntry.findMany({ where: { entityId: claimId, at: { gte: since } }, orderBy: { at: "asc" }, select: { action: true } }),
  ]);
  return { figures, links, evidence, audit: audit.map((a) => a.action).sort() };
}

const claimVersion = async (id: string) => (await t.db.claim.findUniqueOrThrow({ where: { id } })).version;

describe("acceptBoardFigure", () => {
  it("accepts a match from a bulletin source: the check, the source attached to the claim, supporting evidence on the passage, three audit lines", async () => {
    const { bulletin, sourceId, snapshot, figure } = await bulletinWithRelease();
    const { claim, figure: schools } = figure("本市共新建学校约12所", "约12所");
    const since = new Date(Date.now() - 1);
    const version = await claimVersion(claim.id);
    const answer = await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: schools.id, decision: "accept", version, requestKey: "accept-schools" });
    expect(answer.claim.version).toBe(version + 1);
    const rows = await written(claim.id, since);
    expect(rows.figures).toEqual([{ id: schools.id, check: "MATCHES", proposedCheck: "MATCHES", sourceId, sourceValue: "12", checkNote: null, checkedById: people.reviewer.id, sourcePassage: expect.stringContaining("12所"), sourceFragment: null }]);
    expect(rows.links).toEqual([{ sourceId, attachedById: people.reviewer.id }]);
    expect(rows.evidence).toHaveLength(1);
    expect(rows.evidence[0]).toMatchObject({ sourceId, snapshotId: snapshot.id, stance: "SUPPORTS", fragment: null });
    expect(RELEASE.slice(rows.evidence[0].start, rows.evidence[0].end)).toBe(rows.evidence[0].exact);
    expect(rows.evidence[0].exact).toContain("新建学校12所");
    expect(rows.audit).toEqual(["claim.attach-source", "claim.evidence", "claim.figure-check"]);

    // A retry with the same key (its first answer lost) gets that answer and writes nothing more.
    const again = await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: schools.id, decision: "accept", version, requestKey: "accept-schools" });
    expect(again.claim.version).toBe(version + 1);
    expect(await written(claim.id, since)).toEqual(rows);
  });

  it("records a difference with refuting evidence, and not found / not checkable without any evidence or source", async () => {
    const { bulletin, sourceId, figure } = await bulletinWithRelease();
    const { claim: hospitals, figure: three } = figure("医院3家", "3家");
    const since = new Date(Date.now() - 1);
    await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: three.id, decision: "accept", version: await claimVersion(hospitals.id) });
    const refuted = await written(hospitals.id, since);
    expect(refuted.figures).toMatchObject([{ check: "DIFFERS", proposedCheck: "DIFFERS", sourceValue: "4" }]);
    expect(refuted.evidence).toMatchObject([{ sourceId, stance: "REFUTES" }]);

    const { claim: money, figure: revenue } = figure("全年财政收入1.14亿元", "1.14亿元");
    await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: revenue.id, decision: "NOT_CHECKABLE", note: "年报尚未发布", version: await claimVersion(money.id) });
    const unchecked = await written(money.id, since);
    expect(unchecked.figures).toMatchObject([{ check: "NOT_CHECKABLE", proposedCheck: "NOT_FOUND", sourceId: null, checkNote: "年报尚未发布" }]);
    expect(unchecked.links).toEqual([]);
    expect(unchecked.evidence).toEqual([]);
    expect(unchecked.audit).toEqual(["claim.figure-check"]);
  });

  it("refuses a stale version, a claim in review, a difference with no source number and an inactive user, writing nothing", async () => {
    const { bulletin, figure } = await bulletinWithRelease();
    const { claim, figure: schools } = figure("本市共新建学校约12所", "约12所");
    const since = new Date(Date.now() - 1);
    const version = await claimVersion(claim.id);
    const stale = await expectAppError(acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: schools.id, decision: "accept", version: version - 1 }), "conflict");
    expect(stale.key).toMatch(/^claim\.stale/);
    await expectAppError(acceptBoardFigure(t.db, people.inactiveReviewer, { bulletinId: bulletin.id, figureId: schools.id, decision: "accept", version }), "forbidden");
    const { claim: money, figure: revenue } = figure("全年财政收入1.14亿元", "1.14亿元");
    const none = await expectAppError(acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: revenue.id, decision: "DIFFERS", version: await claimVersion(money.id) }), "bad_request");
    expect(none.key).toBe("board.noSourceNumber");
    await t.db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    const inReview = await expectAppError(acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: schools.id, decision: "accept", version }), "conflict");
    expect(inReview.key).toBe("backing.inReview");
    for (const id of [claim.id, money.id]) expect(await written(id, since)).toEqual({ figures: [], links: [], evidence: [], audit: [] });
  });

  it("anchors a table source's evidence on the cell, named by its RFC 7111 fragment", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const { table, grid } = await readTableSource({ name: "finance.csv", bytes: new TextEncoder().encode(TABLE) });
    const { sourceId } = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, { title: "财政收支表", kind: "OFFICIAL", credibility: 5 }, table.text, "text/plain; from=csv", undefined, { tableGrid: JSON.stringify(grid) });
    const claim = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const revenue = claim.figures.find((f) => f.text === "1.14亿元")!;
    await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: revenue.id, decision: "accept", version: await claimVersion(claim.id) });
    const rows = await written(claim.id, new Date(0));
    expect(rows.figures).toMatchObject([{ check: "MATCHES", sourceId, sourceFragment: "cell=4,3" }]);
    expect(rows.evidence).toMatchObject([{ sourceId, exact: "1.14", stance: "SUPPORTS", fragment: "cell=4,3" }]);
  });
});

describe("acceptAllShown", () => {
  it("writes each claim in its own transaction, skipping checked, vague, unproposed figures and refused claims, and says how many", async () => {
    const { bulletin, figure } = await bulletinWithRelease();
    const { claim: schoolClaim, figure: schools } = figure("本市共新建学校约12所", "约12所");
    const { claim: hospitalClaim, figure: hospitals } = figure("医院3家", "3家");
    const { claim: money, figure: revenue } = figure("全年财政收入1.14亿元", "1.14亿元");
    // One already decided, one claim in review.
    await acceptBoardFigure(t.db, people.reviewer, { bulletinId: bulletin.id, figureId: hospitals.id, decision: "NOT_FOUND", version: await claimVersion(hospitalClaim.id) });
    const parks = bulletin.claims.flatMap((c) => c.figures).find((f) => f.text === "4.5万平方米")!;
    const parkClaim = bulletin.claims.find((c) => c.id === parks.claimId)!;
    await t.db.claim.update({ where: { id: parkClaim.id }, data: { status: "IN_REVIEW" } });
    const rows = (await import("./figure-board")).figureBoard;
    const board = (await rows(bulletin.id))!;
    const versions = new Map((await t.db.claim.findMany({ where: { bulletinId: bulletin.id } })).map((c) => [c.id, c.version]));
    const since = new Date(Date.now() - 1);
    const outcome = await acceptAllShown(t.db, people.reviewer, { bulletinId: bulletin.id, figures: board.rows.map((r) => ({ figureId: r.figureId, version: versions.get(r.claimId)! })), requestKey: "all-1" });

    const proposed = board.rows.filter((r) => r.check === "UNCHECKED" && r.value !== null && r.source);
    expect(outcome.written).toEqual(proposed.filter((r) => r.claimId !== parkClaim.id).map((r) => r.figureId));
    expect(outcome.written).toContain(schools.id);
    expect(outcome.skipped.find((s) => s.figureId === hospitals.id)?.reason).toBe("checked");
    expect(outcome.skipped.find((s) => s.figureId === revenue.id)?.reason).toBe("no-proposal");
    expect(outcome.written.length + outcome.skipped.length).toBe(board.rows.length);
    const refused = outcome.skipped.filter((s) => s.reason === "refused");
    expect(refused.map((s) => s.figureId)).toContain(parks.id);
    expect(refused.every((s) => s.error?.key === "backing.inReview")).toBe(true);
    expect(await written(parkClaim.id, since)).toMatchObject({ figures: [], evidence: [], audit: [] });
    expect(await written(money.id, since)).toEqual({ figures: [], links: [], evidence: [], audit: [] });
    expect((await written(schoolClaim.id, since)).evidence).toHaveLength(1);
    const evidenceCount = await t.db.evidence.count({ where: { claim: { bulletinId: bulletin.id } } });
    expect(evidenceCount).toBe(outcome.written.length);

    // The same request again: every claim written the first time answers from its key; nothing doubles.
    const again = await acceptAllShown(t.db, people.reviewer, { bulletinId: bulletin.id, figures: board.rows.map((r) => ({ figureId: r.figureId, version: versions.get(r.claimId)! })), requestKey: "all-1" });
    expect(await t.db.evidence.count({ where: { claim: { bulletinId: bulletin.id } } })).toBe(evidenceCount);
    expect(again.written).toEqual([]);
  });
});
