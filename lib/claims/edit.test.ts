import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, claimWithText, createPeople, EN_BULLETIN, expectAppError, importFixture, makeProposable, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { addClaim, mergeClaims, splitClaim, updateSpan } from "./edit";
import { addComment } from "./comments";
import { proposeVerdict } from "./steps";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

const figuresOf = (claimId: string) => t.db.figure.findMany({ where: { claimId }, orderBy: { start: "asc" } });
const at = (bulletin: Bulletin, fragment: string) => {
  const start = bulletin.cleanText.indexOf(fragment);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + fragment.length };
};

describe("updateSpan", () => {
  it("re-extracts figures for the new span and keeps the check of a figure still inside it", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const claim = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const money = claim.figures.find((f) => f.text === "1.14亿元")!;
    await t.db.figure.update({ where: { id: money.id }, data: { check: "MATCHES", sourceValue: "114000000", checkNote: "年报第3页" } });

    const span = at(bulletin, "全年财政收入1.14亿元，税收同比增长6.2%");
    const view = await updateSpan(t.db, people.reviewer, ref(claim), span.start, span.end);
    expect(view).toMatchObject({ start: span.start, end: span.end, text: "全年财政收入1.14亿元，税收同比增长6.2%", version: 2 });
    const grown = await figuresOf(claim.id);
    expect(grown.map((f) => [f.text, f.value])).toEqual([["1.14亿元", "114000000"], ["6.2%", "6.2"]]);
    expect(grown[0]).toMatchObject({ id: money.id, check: "MATCHES", sourceValue: "114000000", checkNote: "年报第3页" });
    expect(grown[1].check).toBe("UNCHECKED");
    for (const f of grown) expect(bulletin.cleanText.slice(f.start, f.end)).toBe(f.text);

    const shrunk = at(bulletin, "税收同比增长6.2%");
    await updateSpan(t.db, people.reviewer, { id: claim.id, version: 2 }, shrunk.start, shrunk.end);
    expect((await figuresOf(claim.id)).map((f) => f.text)).toEqual(["6.2%"]);
    expect(await t.db.figure.count({ where: { id: money.id } })).toBe(0);
    const audit = await t.db.auditEntry.findMany({ where: { entityId: claim.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["claim.span", "claim.span"]);
    expect(JSON.parse(audit[1].before ?? "{}")).toMatchObject({ start: span.start, end: span.end });
  });

  it.each([
    ["past the end", (len: number) => [len - 3, len + 1]],
    ["before the start", () => [-1, 4]],
    ["empty", () => [5, 5]],
    ["backwards", () => [8, 4]],
  ])("refuses a span %s with bad_request and leaves the claim alone", async (_, span) => {
    const bulletin = await importFixture(t.db, people.editor);
    const claim = bulletin.claims[0];
    const [start, end] = span(bulletin.cleanText.length);
    await expectAppError(updateSpan(t.db, people.editor, ref(claim), start, end), "bad_request");
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ start: claim.start, end: claim.end, version: 1 });
  });

  it("refuses a span of only whitespace", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const newline = bulletin.cleanText.indexOf("\n");
    await expectAppError(updateSpan(t.db, people.editor, ref(bulletin.claims[0]), newline, newline + 1), "bad_request");
  });
});

describe("splitClaim", () => {
  it("moves a figure's check with the figure into the new claim", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "Council kept", originalText: EN_BULLETIN, language: "en" });
    const claim = bulletin.claims.find((c) => c.text.includes("$4.2 million"))!;
    const money = claim.figures.find((f) => f.text === "$4.2 million")!;
    await t.db.figure.update({ where: { id: money.id }, data: { check: "MATCHES", sourceValue: "4200000", checkNote: "budget book" } });
    const [, second] = await splitClaim(t.db, people.reviewer, ref(claim), bulletin.cleanText.indexOf(" to $4.2 million"));
    const moved = (await figuresOf(second.id)).find((f) => f.text === "$4.2 million");
    expect(moved).toMatchObject({ id: money.id, check: "MATCHES", sourceValue: "4200000", checkNote: "budget book" });
  });

  it("splits into two claims covering the original span, dividing the figures between them", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "Council", originalText: EN_BULLETIN, language: "en" });
    const claim = bulletin.claims.find((c) => c.text.includes("$4.2 million"))!;
    expect(claim.figures.map((f) => f.text)).toEqual(expect.arrayContaining(["12.5%", "$4.2 million"]));
    const splitAt = bulletin.cleanText.indexOf(" to $4.2 million");
    const [first, second] = await splitClaim(t.db, people.reviewer, ref(claim), splitAt);

    expect(first).toMatchObject({ id: claim.id, start: claim.start, end: splitAt, version: 2 });
    expect(second).toMatchObject({ start: splitAt, end: claim.end, version: 1, kind: claim.kind });
    expect(first.text + second.text).toBe(claim.text);
    for (const part of [first, second]) {
      const stored = await t.db.claim.findUniqueOrThrow({ where: { id: part.id } });
      expect(bulletin.cleanText.slice(stored.start, stored.end)).toBe(stored.text);
    }
    const firstFigures = (await figuresOf(first.id)).map((f) => f.text);
    const secondFigures = (await figuresOf(second.id)).map((f) => f.text);
    expect(firstFigures).toContain("12.5%");
    expect(firstFigures).not.toContain("$4.2 million");
    expect(secondFigures).toContain("$4.2 million");
    expect(secondFigures).not.toContain("12.5%");
    for (const f of await figuresOf(second.id)) expect(f.start).toBeGreaterThanOrEqual(splitAt);

    const audit = await t.db.auditEntry.findMany({ where: { entityId: { in: [first.id, second.id] } } });
    expect(audit.map((a) => [a.action, a.entityId]).sort()).toEqual([["claim.create", second.id], ["claim.split", first.id]].sort());
  });

  it("refuses a split at the claim's edge or outside it", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "Council", originalText: EN_BULLETIN, language: "en" });
    const claim = bulletin.claims[0];
    const before = await t.db.claim.count();
    for (const splitAt of [claim.start, claim.end, claim.end + 5]) {
      await expectAppError(splitClaim(t.db, people.reviewer, ref(claim), splitAt), "bad_request");
    }
    expect(await t.db.claim.count()).toBe(before);
  });
});

describe("mergeClaims", () => {
  it("keeps the sources attached to the claims it merges away", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "Merge sources", originalText: EN_BULLETIN, language: "en" });
    const [a, b] = [...bulletin.claims].sort((x, y) => x.start - y.start);
    const { sourceId } = await addQuotedEvidence(t.db, people.reviewer, b.id, { text: "Clinic spending was $4.2 million.", passage: "$4.2 million" });
    const merged = await mergeClaims(t.db, people.reviewer, [ref(a), ref(await t.db.claim.findUniqueOrThrow({ where: { id: b.id } }))]);
    expect(merged.sources.map((s) => s.id)).toContain(sourceId);
    expect(merged.evidence.map((e) => e.sourceId)).toContain(sourceId);
    expect(await t.db.claimSource.count({ where: { claimId: a.id, sourceId } })).toBe(1);
  });

  it("keeps the first claim, moves the others' comments and figures to it, deletes them and audits each", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const a = claimWithText(bulletin.claims, "本市共新建学校约12所");
    const b = claimWithText(bulletin.claims, "医院3家");
    const c = claimWithText(bulletin.claims, "公园4.5万平方米");
    await addComment(t.db, people.reviewer, b.id, "卫健委：3家");
    const park = c.figures.find((f) => f.text === "4.5万平方米")!;
    await t.db.figure.update({ where: { id: park.id }, data: { check: "DIFFERS", sourceValue: "43000" } });

    // Given in any order: the claim that starts first is kept.
    const merged = await mergeClaims(t.db, people.reviewer, [ref(c), ref(a), ref(b)]);
    const text = bulletin.cleanText.slice(a.start, c.end);
    expect(merged).toMatchObject({ id: a.id, start: a.start, end: c.end, text, statement: text, version: 2, commentCount: 1 });
    expect(await t.db.claim.count({ where: { id: { in: [b.id, c.id] } } })).toBe(0);
    expect((await t.db.comment.findFirstOrThrow({ where: { body: "卫健委：3家" } })).claimId).toBe(a.id);
    const figures = await figuresOf(a.id);
    expect(figures.map((f) => f.text)).toEqual(expect.arrayContaining(["约12所", "3家", "4.5万平方米"]));
    expect(figures.find((f) => f.text === "4.5万平方米")).toMatchObject({ id: park.id, check: "DIFFERS", sourceValue: "43000" });
    for (const f of figures) expect(bulletin.cleanText.slice(f.start, f.end)).toBe(f.text);

    const audit = await t.db.auditEntry.findMany({ where: { entityId: { in: [a.id, b.id, c.id] }, action: { startsWith: "claim.merge" } } });
    expect(audit.map((e) => [e.action, e.entityId]).sort()).toEqual(
      [["claim.merge", a.id], ["claim.merged-away", b.id], ["claim.merged-away", c.id]].sort(),
    );
  });

  it("refuses merging a claim IN_REVIEW and changes nothing", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const a = claimWithText(bulletin.claims, "本市共新建学校约12所");
    const b = claimWithText(bulletin.claims, "医院3家");
    // b carries two figures (the date range and 3家): each check bumps its version, so 3; the proposal makes it 4.
    expect(b.figures).toHaveLength(2);
    const ready = await makeProposable(t.db, people.reviewer, b.id);
    expect(ready.version).toBe(3);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(ready), "ACCURATE", "核对无误");
    await expectAppError(mergeClaims(t.db, people.editor, [ref(a), ref(proposed)]), "conflict");
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "IN_REVIEW", version: 4 });
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ end: a.end, version: 1 });
  });

  it("refuses claims of two bulletins and a stale version, deleting nothing", async () => {
    const one = await importFixture(t.db, people.editor);
    const two = await importFixture(t.db, people.editor);
    const before = await t.db.claim.count();
    await expectAppError(mergeClaims(t.db, people.editor, [ref(one.claims[0]), ref(two.claims[1])]), "bad_request");
    await expectAppError(mergeClaims(t.db, people.editor, [ref(one.claims[0]), { id: one.claims[1].id, version: 7 }]), "conflict");
    expect(await t.db.claim.count()).toBe(before);
  });

  it("refuses merging a claim with itself with bad_request, keeping the claim", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const a = claimWithText(bulletin.claims, "医院3家");
    await expectAppError(mergeClaims(t.db, people.editor, [ref(a), ref(a)]), "bad_request");
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ version: 1 });
  });

  it("refuses a merge by an inactive reviewer", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    await expectAppError(mergeClaims(t.db, people.inactiveReviewer, [ref(bulletin.claims[0]), ref(bulletin.claims[1])]), "forbidden");
    expect(await t.db.claim.count({ where: { bulletinId: bulletin.id } })).toBe(bulletin.claims.length);
  });
});

describe("addClaim", () => {
  it("creates a STATISTIC claim with its figures from a selection that has numbers", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const span = at(bulletin, "全年财政收入1.14亿元，税收同比增长6.2%");
    const view = await addClaim(t.db, people.reviewer, bulletin.id, span.start, span.end);
    const stored = await t.db.claim.findUniqueOrThrow({ where: { id: view.id }, include: { figures: { orderBy: { start: "asc" } } } });
    expect(stored).toMatchObject({ bulletinId: bulletin.id, ...span, text: "全年财政收入1.14亿元，税收同比增长6.2%", kind: "STATISTIC", status: "UNVERIFIED" });
    expect(stored.figures.map((f) => [f.text, f.value])).toEqual([["1.14亿元", "114000000"], ["6.2%", "6.2"]]);
    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: view.id } });
    expect(audit).toMatchObject({ action: "claim.create", actorId: people.reviewer.id });
  });

  it("creates an OTHER claim without figures from a selection without numbers", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const span = at(bulletin, "今年我们将继续扩大对外开放");
    const view = await addClaim(t.db, people.reviewer, bulletin.id, span.start, span.end);
    expect(view.kind).toBe("OTHER");
    expect(await t.db.figure.count({ where: { claimId: view.id } })).toBe(0);
  });

  it("refuses an inactive user, a selection outside the text and a missing bulletin", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const before = await t.db.claim.count();
    await expectAppError(addClaim(t.db, people.inactiveEditor, bulletin.id, 0, 5), "forbidden");
    await expectAppError(addClaim(t.db, people.reviewer, bulletin.id, 0, bulletin.cleanText.length + 1), "bad_request");
    await expectAppError(addClaim(t.db, people.reviewer, "no-such-bulletin", 0, 5), "not_found");
    expect(await t.db.claim.count()).toBe(before);
  });
});
