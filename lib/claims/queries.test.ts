import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, makeProposable, type People, ref } from "@/lib/testing/workspace-fixtures";
import { assignClaims } from "./assign";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { mergeClaims, setDismissed } from "./edit";
import { addComment } from "./comments";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { changesSince, claimChanges, claimDiscussion, claimSummaries, myQueue, reviewInbox, type ChangesBody } from "./queries";
import { approveVerdict, proposeVerdict, sendBack, startClaim } from "./steps";
import { summarySelect, toSummary } from "./summary";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
let bulletin: Bulletin & { claims: { id: string; text: string; start: number; version: number; figures: { start: number; end: number }[] }[] };
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

describe("claim queries", () => {
  it("claimSummaries lists every claim in text order, with figure spans and without the text", async () => {
    const summaries = await claimSummaries(bulletin.id, bulletin.cleanText);
    expect(summaries.map((c) => c.id)).toEqual(bulletin.claims.map((c) => c.id));
    const withFigures = summaries.find((c) => c.figures.length > 0)!;
    const claim = bulletin.claims.find((c) => c.id === withFigures.id)!;
    expect(withFigures.figures).toEqual(claim.figures.map((f) => [f.start, f.end]).sort((a, b) => a[0] - b[0]));
    expect(summaries.every((c) => c.statement === null || c.statement !== bulletin.cleanText.slice(c.start, c.end).trim())).toBe(true);
    expect(summaries.some((c) => c.failedCheck)).toBe(true);
  });

  it("claimSummaries read flat give what the nested select gives a claim: tags sorted, figures by start, failed checks", async () => {
    const [first, second] = bulletin.claims;
    await t.db.claimTag.createMany({ data: [{ claimId: first.id, tag: "zeta" }, { claimId: first.id, tag: "alpha" }, { claimId: second.id, tag: "mid" }] });
    const nested = await t.db.claim.findMany({ where: { bulletinId: bulletin.id }, select: summarySelect, orderBy: [{ start: "asc" }, { end: "asc" }] });
    expect(await claimSummaries(bulletin.id, bulletin.cleanText)).toEqual(nested.map((r) => toSummary({ ...r, text: bulletin.cleanText.slice(r.start, r.end) })));
    expect((await claimSummaries(bulletin.id, bulletin.cleanText))[0].tags).toEqual(["alpha", "zeta"]);
    // The changes a poll reads: the same rows, with each claim's stored text.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    const nestedWithText = await t.db.claim.findMany({ where: { bulletinId: bulletin.id }, select: { ...summarySelect, text: true } });
    expect((await claimChanges(bulletin.id, -1)).claims.sort(byId)).toEqual(nestedWithText.map(toSummary).sort(byId));
    await t.db.claimTag.deleteMany({ where: { claimId: { in: [first.id, second.id] } } });
  });

  it("claimChanges returns only the claims changed after a version", async () => {
    const before = (await bulletinVersion(bulletin.id))!;
    const claim = claimWithText(bulletin.claims, "医院3家");
    await startClaim(t.db, people.reviewer, ref(claim));
    const changes = await claimChanges(bulletin.id, before);
    expect(changes.claims.map((c) => [c.id, c.status, c.version])).toEqual([[claim.id, "IN_PROGRESS", 2]]);
    expect(changes.removed).toEqual([]);
    expect((await claimChanges(bulletin.id, before + 1)).claims).toEqual([]);
  });

  it("claimChanges names merged-away claims as removed", async () => {
    const a = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const b = claimWithText(bulletin.claims, "税收同比增长6.2%");
    const before = (await bulletinVersion(bulletin.id))!;
    await mergeClaims(t.db, people.editor, [ref(a), ref(b)]);
    const changes = await claimChanges(bulletin.id, before);
    expect(changes.claims.map((c) => c.id)).toEqual([a.id]);
    expect(changes.removed).toEqual([b.id]);
  });

  it("claimChanges includes a claim that got a comment (its revision moves, its version does not)", async () => {
    const claim = claimWithText(bulletin.claims, "本市已向法国、德国、日本、巴西、印度共5个国家派出贸易代表团。");
    const before = (await bulletinVersion(bulletin.id))!;
    await addComment(t.db, people.reviewer, claim.id, "外事办名单核对无误");
    const changes = await claimChanges(bulletin.id, before);
    expect(changes.claims.map((c) => [c.id, c.version, c.revision])).toEqual([[claim.id, 1, before + 1]]);
  });

  it("an unchanged poll is the version alone; a changed one carries only what changed", async () => {
    const version = (await bulletinVersion(bulletin.id))!;
    const unchanged = JSON.stringify(await changesSince(bulletin.id, version));
    expect(unchanged).toBe(JSON.stringify({ version }));
    expect(Buffer.byteLength(unchanged)).toBeLessThan(20);
    const claim = claimWithText(bulletin.claims, "医院3家");
    await addComment(t.db, people.reviewer2, claim.id, "再核对一次");
    const changed = (await changesSince(bulletin.id, version)) as Extract<ChangesBody, { claims: unknown }>;
    expect(changed.version).toBe(version + 1);
    expect(changed.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(await changesSince("no-such-bulletin", 1)).toBeNull();
  });

  it("claimDiscussion shows comments and named history, and nothing for a deleted bulletin", async () => {
    const school = claimWithText(bulletin.claims, "本市共新建学校约12所");
    const [assigned] = await assignClaims(t.db, people.editor, [ref(school)], people.reviewer2.id);
    expect(assigned.version).toBe(school.version + 1);
    await addComment(t.db, people.reviewer2, school.id, "教育局名单");
    const discussion = (await claimDiscussion(school.id))!;
    expect(discussion.comments.map((c) => [c.author, c.body])).toEqual([["Ravi Reviewer", "教育局名单"]]);
    expect(discussion.history.map((h) => [h.actor, h.action])).toEqual([
      ["Edda Editor", "claim.assign"],
      ["Ravi Reviewer", "claim.comment"],
    ]);
    expect(await claimDiscussion("no-such-claim")).toBeNull();
    await t.db.bulletin.update({ where: { id: bulletin.id }, data: { deletedAt: new Date() } });
    expect(await claimDiscussion(school.id)).toBeNull();
    await t.db.bulletin.update({ where: { id: bulletin.id }, data: { deletedAt: null } });
  });
});

describe("myQueue", () => {
  it("lists a reviewer's open claims only: not verified, not dismissed, not in a deleted bulletin, not another's", async () => {
    // People and bulletins of its own, so no other test's state leaks in.
    const q = await createPeople(t.db);
    const own = await importFixture(t.db, q.editor);
    const gone = await importFixture(t.db, q.editor, { title: "另一份通报" });
    const pick = (text: string) => claimWithText(own.claims, text);
    // A claim without figures can be verified as unverifiable with no source at all.
    const plain = own.claims.find((c) => c.figures.length === 0)!;
    const mine = [pick("医院3家"), pick("公园4.5万平方米"), plain, pick("本市共新建学校约12所"), claimWithText(gone.claims, "医院3家")];
    const views = await assignClaims(t.db, q.editor, mine.map(ref), q.reviewer2.id);
    const [open, started, closed, dismissed, elsewhere] = mine.map((c) => views.find((v) => v.id === c.id)!);
    await assignClaims(t.db, q.editor, [ref(pick("税收同比增长6.2%"))], q.reviewer.id);
    const all = async (userId: string) => { const { sentBack, rest } = await myQueue(userId); return [...sentBack, ...rest]; };
    const queue = async () => (await all(q.reviewer2.id)).map((c) => c.id).sort();
    expect(await queue()).toEqual(mine.map((c) => c.id).sort());

    await startClaim(t.db, q.reviewer2, ref(started));
    const begun = await startClaim(t.db, q.reviewer2, ref(closed));
    const proposed = await proposeVerdict(t.db, q.reviewer2, ref(begun), "UNVERIFIABLE", "讲话没有公开记录。");
    await approveVerdict(t.db, q.editor, ref(proposed));
    await setDismissed(t.db, q.editor, ref(dismissed), true, "重复");
    await deleteBulletin(t.db, q.editor, gone.id, gone.title);

    expect(await t.db.claim.findUniqueOrThrow({ where: { id: closed.id } })).toMatchObject({ status: "VERIFIED", assigneeId: q.reviewer2.id });
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: dismissed.id } })).toMatchObject({ dismissed: true, assigneeId: q.reviewer2.id });
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ assigneeId: q.reviewer2.id });
    expect(await queue()).toEqual([open.id, started.id].sort());
    const rows = await all(q.reviewer2.id);
    expect(rows.map((c) => c.status).sort()).toEqual(["IN_PROGRESS", "UNVERIFIED"]);
    expect((await all(q.reviewer.id)).map((c) => c.id)).toEqual([pick("税收同比增长6.2%").id]);

    // A claim sent back comes first in its proposer's queue, with the editor's comment.
    const sendable = await makeProposable(t.db, q.reviewer2, started.id);
    const inReview = await proposeVerdict(t.db, q.reviewer2, ref(sendable), "ACCURATE", "来源相符。");
    expect((await reviewInbox()).map((c) => c.id)).toContain(inReview.id);
    await sendBack(t.db, q.editor, ref(inReview), "请核对医院数量。");
    const { sentBack, rest } = await myQueue(q.reviewer2.id);
    expect(sentBack.map((c) => [c.id, c.sentBackComment, c.sentBackBy?.name])).toEqual([[started.id, "请核对医院数量。", q.editor.name]]);
    expect(rest.map((c) => c.id)).toEqual([open.id]);
    expect((await reviewInbox()).map((c) => c.id)).not.toContain(inReview.id);
  });
});
