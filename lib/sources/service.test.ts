import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { addQuotedEvidence, createPeople, expectAppError, importFixture, markFiguresNotCheckable, newClaim, ref, type People } from "@/lib/testing/workspace-fixtures";
import { approveVerdict, proposeVerdict, sendBack } from "@/lib/claims/steps";
import { addEvidence } from "./evidence";
import { addSnapshot, addSourceToClaim, attachSource, type SourceMeta } from "./service";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const meta = (url?: string): SourceMeta => ({
  url, title: "区卫健委医疗机构名录", publisher: "区卫生健康委员会", publishedOn: "2024-03-15", kind: "OFFICIAL", credibility: 4,
});
const HOSPITALS = "截至三月底，本区在建医院共有三家，其中两家将于年内投入使用。";
let serial = 0;
const uniqueUrl = () => `https://wjw.example.gov.cn/mingLu/${++serial}`;

describe("addSourceToClaim", () => {
  it("stores the source, its first snapshot and the link to the claim, and audits both", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const url = uniqueUrl();
    const before = Date.now();
    const result = await addSourceToClaim(t.db, people.reviewer, claim.id, meta(url), HOSPITALS, "text/plain");
    expect(result).toMatchObject({ reused: false, title: "区卫健委医疗机构名录" });

    const source = await t.db.source.findUniqueOrThrow({ where: { id: result.sourceId }, include: { snapshots: true, claims: true } });
    expect(source).toMatchObject({
      url, canonicalUrl: url, title: "区卫健委医疗机构名录", publisher: "区卫生健康委员会", kind: "OFFICIAL", credibility: 4, createdById: people.reviewer.id,
    });
    expect(source.publishedOn!.toISOString()).toBe("2024-03-15T00:00:00.000Z");
    expect(source.snapshots).toHaveLength(1);
    expect(source.snapshots[0]).toMatchObject({ text: HOSPITALS, contentType: "text/plain", createdById: people.reviewer.id });
    expect(source.snapshots[0].takenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(source.claims).toEqual([expect.objectContaining({ claimId: claim.id, attachedById: people.reviewer.id })]);

    const sourceAudit = await t.db.auditEntry.findMany({ where: { entityType: "Source", entityId: source.id } });
    expect(sourceAudit.map((a) => [a.action, a.actorId])).toEqual([["source.create", people.reviewer.id]]);
    expect(JSON.parse(sourceAudit[0].after!)).toMatchObject({ url, title: "区卫健委医疗机构名录" });
    const claimAudit = await t.db.auditEntry.findMany({ where: { entityType: "Claim", entityId: claim.id } });
    expect(claimAudit.map((a) => [a.action, JSON.parse(a.after!)])).toEqual([["claim.attach-source", { sourceId: source.id }]]);
    // Attaching is no edit of the claim's content: its version stays.
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("reuses the stored source for the same page spelled differently, on this claim and another", async () => {
    const first = await newClaim(t.db, bulletin, "医院3家");
    const second = await newClaim(t.db, bulletin, "公园4.5万平方米");
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, first.id, meta("https://wjw.example.gov.cn/news/2024/hospitals"), HOSPITALS, "text/plain");
    const spellings = [
      "https://WJW.Example.GOV.cn/news/2024/hospitals",
      "https://wjw.example.gov.cn/news/2024/hospitals#list",
      "https://wjw.example.gov.cn/news/2024/hospitals?utm_source=weibo",
      "https://wjw.example.gov.cn/news/2024/hospitals/",
    ];
    for (const url of spellings) {
      const again = await addSourceToClaim(t.db, people.editor, first.id, { ...meta(url), title: "另一个标题" }, "另一份文本", "text/plain");
      expect(again).toEqual({ sourceId, reused: true, title: "区卫健委医疗机构名录" });
    }
    const other = await addSourceToClaim(t.db, people.reviewer2, second.id, meta(spellings[3]), "又一份文本", "text/plain");
    expect(other).toMatchObject({ sourceId, reused: true });

    expect(await t.db.source.count({ where: { canonicalUrl: { startsWith: "https://wjw.example.gov.cn/news/2024/hospitals" } } })).toBe(1);
    expect((await t.db.sourceSnapshot.findMany({ where: { sourceId } })).map((s) => s.text)).toEqual([HOSPITALS]);
    const links = await t.db.claimSource.findMany({ where: { sourceId }, orderBy: { attachedAt: "asc" } });
    expect(links.map((l) => [l.claimId, l.attachedById])).toEqual([[first.id, people.reviewer.id], [second.id, people.reviewer2.id]]);
    // The repeats on the first claim attached nothing new, so they audited nothing.
    expect(await t.db.auditEntry.count({ where: { entityId: first.id, action: "claim.attach-source" } })).toBe(1);
    expect(await t.db.auditEntry.count({ where: { entityType: "Source", entityId: sourceId } })).toBe(1);
  });

  it("stores a source without a URL every time, and refuses an inactive user and a missing claim", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const a = await addSourceToClaim(t.db, people.reviewer, claim.id, meta(), HOSPITALS, "text/plain");
    const b = await addSourceToClaim(t.db, people.reviewer, claim.id, meta(), HOSPITALS, "text/plain");
    expect(a.sourceId).not.toBe(b.sourceId);
    expect(await t.db.source.findUniqueOrThrow({ where: { id: a.sourceId } })).toMatchObject({ url: null, canonicalUrl: null });

    const count = await t.db.source.count();
    await expectAppError(addSourceToClaim(t.db, people.inactiveReviewer, claim.id, meta(uniqueUrl()), HOSPITALS, "text/plain"), "forbidden");
    await expectAppError(addSourceToClaim(t.db, people.reviewer, "no-such-claim", meta(uniqueUrl()), HOSPITALS, "text/plain"), "not_found");
    // The refused adds rolled back: no orphan source without a claim.
    expect(await t.db.source.count()).toBe(count);
  });
});

describe("attachSource", () => {
  it("links a stored source to another claim once, and refuses a missing source", async () => {
    const one = await newClaim(t.db, bulletin, "医院3家");
    const two = await newClaim(t.db, bulletin, "全年财政收入1.14亿元");
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, one.id, meta(uniqueUrl()), HOSPITALS, "text/plain");
    await attachSource(t.db, people.editor, two.id, sourceId);
    await attachSource(t.db, people.editor, two.id, sourceId);
    expect(await t.db.claimSource.findMany({ where: { claimId: two.id } })).toEqual([expect.objectContaining({ sourceId, attachedById: people.editor.id })]);
    await expectAppError(attachSource(t.db, people.editor, two.id, "no-such-source"), "not_found");
  });
});

describe("addSnapshot re-anchors evidence", () => {
  const OLD = "区统计局公报。全年接待游客约三百二十万人次，旅游收入比上年增长百分之九。下一段讨论交通。";
  const PASSAGE = "全年接待游客约三百二十万人次，旅游收入比上年增长百分之九";

  async function quoted() {
    const claim = await newClaim(t.db, bulletin, "税收同比增长6.2%");
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claim.id, meta(uniqueUrl()), OLD, "text/plain");
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
    const start = OLD.indexOf(PASSAGE);
    const { id } = await addEvidence(t.db, people.reviewer, {
      claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end: start + PASSAGE.length, stance: "CONTEXT", note: "旧版本",
    });
    const evidence = await t.db.evidence.findUniqueOrThrow({ where: { id } });
    return { claim, sourceId, snapshot, evidence };
  }

  it("gives each claim whose evidence moved a new version and a history line", async () => {
    const { claim, sourceId, evidence } = await quoted();
    const before = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await addSnapshot(t.db, people.reviewer, sourceId, "区统计局公报已撤回。", "text/plain");
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.version).toBe(before.version + 1);
    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { entityType: "Claim", entityId: claim.id, action: "claim.reanchor" } });
    expect(JSON.parse(entry.after!).evidence).toEqual([{ id: evidence.id, anchor: "ORPHANED" }]);
  });

  it.each(["IN_REVIEW", "VERIFIED"] as const)("leaves the evidence of a %s claim on the snapshot it quotes: the new one waits, with a history line", async (status) => {
    const { claim, sourceId, snapshot, evidence } = await quoted();
    await t.db.claim.update({ where: { id: claim.id }, data: { status } });
    const before = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const result = await addSnapshot(t.db, people.reviewer, sourceId, "区统计局公报已撤回。", "text/plain");
    expect(result).toMatchObject({ reanchored: 0, orphaned: 0, waiting: 1 });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ snapshotId: snapshot.id, anchor: "ANCHORED", version: 1 });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(before.version);
    expect(await t.db.auditEntry.count({ where: { entityId: claim.id, action: "claim.snapshot-waits" } })).toBe(1);
  });

  it("moves waiting evidence to the newest snapshot when the claim is sent back, and approval refuses orphaned evidence", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId, evidence } = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    const ready = await markFiguresNotCheckable(t.db, people.reviewer, claim.id);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(ready), "ACCURATE", "财政局报告确认");
    await addSnapshot(t.db, people.reviewer, sourceId, "该报告已被撤回。", "text/plain");
    const sent = await sendBack(t.db, people.editor, { id: claim.id, version: proposed.version }, "来源有新版本，请重新核对。");
    expect(sent.status).toBe("IN_PROGRESS");
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ anchor: "ORPHANED" });
    const current = await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const refused = await expectAppError(proposeVerdict(t.db, people.reviewer, ref(current), "ACCURATE", "再次提出"), "conflict");
    expect(refused.message).toMatch(/no longer found/);
  });

  it("approval is refused while any evidence is orphaned", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { evidence } = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    const ready = await markFiguresNotCheckable(t.db, people.reviewer, claim.id);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(ready), "ACCURATE", "财政局报告确认");
    // However it came to be orphaned under review (an old database, a direct write), the editor cannot approve.
    await t.db.evidence.update({ where: { id: evidence.id }, data: { anchor: "ORPHANED" } });
    await expectAppError(approveVerdict(t.db, people.editor, { id: claim.id, version: proposed.version }), "conflict");
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });

  it("refuses an editor attaching a source or adding refuting evidence to a verified claim", async () => {
    const { claim, sourceId, snapshot } = await quoted();
    await t.db.claim.update({ where: { id: claim.id }, data: { status: "VERIFIED" } });
    const start = OLD.indexOf(PASSAGE);
    await expectAppError(addEvidence(t.db, people.editor, { claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end: start + 4, stance: "REFUTES" }), "conflict");
    await expectAppError(addSourceToClaim(t.db, people.editor, claim.id, meta(uniqueUrl()), OLD, "text/plain"), "conflict");
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await t.db.claimSource.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("refuses new evidence or sources while a verdict waits for review", async () => {
    const { claim, sourceId, snapshot } = await quoted();
    await t.db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    const start = OLD.indexOf(PASSAGE);
    await expectAppError(addEvidence(t.db, people.editor, { claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end: start + 4, stance: "SUPPORTS" }), "conflict");
    await expectAppError(addSourceToClaim(t.db, people.editor, claim.id, meta(uniqueUrl()), OLD, "text/plain"), "conflict");
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("finds a passage that moved (text inserted before it): REANCHORED at the shifted offsets of the new snapshot", async () => {
    const { sourceId, evidence } = await quoted();
    const inserted = "【更正说明：本公报于四月修订。】";
    const text = OLD.replace("区统计局公报。", `区统计局公报。${inserted}`);
    const result = await addSnapshot(t.db, people.editor, sourceId, text, "text/plain");
    expect(result).toMatchObject({ reanchored: 1, orphaned: 0 });

    const moved = await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(moved).toMatchObject({
      snapshotId: result.snapshotId, anchor: "REANCHORED", start: evidence.start + inserted.length, end: evidence.end + inserted.length,
      exact: PASSAGE, version: 2,
    });
    expect(text.slice(moved.start, moved.end)).toBe(PASSAGE);
    expect(await t.db.sourceSnapshot.count({ where: { sourceId } })).toBe(2);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityType: "Source", entityId: sourceId, action: "source.snapshot" } });
    expect(JSON.parse(audit.after!)).toEqual({ snapshotId: result.snapshotId, reanchored: 1, orphaned: 0, waiting: 0 });
  });

  it("keeps a passage with one word edited: REANCHORED by a fuzzy match over the edited passage", async () => {
    const { sourceId, evidence } = await quoted();
    const text = OLD.replace("三百二十万", "三百一十万");
    const result = await addSnapshot(t.db, people.editor, sourceId, text, "text/plain");
    expect(result).toMatchObject({ reanchored: 1, orphaned: 0 });
    const moved = await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(moved).toMatchObject({ snapshotId: result.snapshotId, anchor: "REANCHORED" });
    expect(text.slice(moved.start, moved.end)).toBe(PASSAGE.replace("三百二十万", "三百一十万"));
  });

  it("keeps the passage ANCHORED when it did not move", async () => {
    const { sourceId, evidence } = await quoted();
    const result = await addSnapshot(t.db, people.editor, sourceId, `${OLD}附表见下页。`, "text/plain");
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      snapshotId: result.snapshotId, anchor: "ANCHORED", start: evidence.start, end: evidence.end,
    });
  });

  it("flags a deleted passage ORPHANED and keeps the row with its old quote and snapshot", async () => {
    const { sourceId, snapshot, evidence } = await quoted();
    const result = await addSnapshot(t.db, people.editor, sourceId, "区统计局公报。本年度数据正在复核，暂不公布。下一段讨论交通。", "text/plain");
    expect(result).toMatchObject({ reanchored: 0, orphaned: 1 });
    const kept = await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(kept).toMatchObject({
      anchor: "ORPHANED", snapshotId: snapshot.id, exact: PASSAGE, prefix: evidence.prefix, suffix: evidence.suffix,
      start: evidence.start, end: evidence.end, stance: "CONTEXT", note: "旧版本", version: 2,
    });
    expect(snapshot.text.slice(kept.start, kept.end)).toBe(PASSAGE);
  });

  it("refuses an inactive user and a missing source, storing no snapshot", async () => {
    const { sourceId } = await quoted();
    await expectAppError(addSnapshot(t.db, people.inactiveEditor, sourceId, "新文本", "text/plain"), "forbidden");
    await expectAppError(addSnapshot(t.db, people.editor, "no-such-source", "新文本", "text/plain"), "not_found");
    expect(await t.db.sourceSnapshot.count({ where: { sourceId } })).toBe(1);
  });
});
