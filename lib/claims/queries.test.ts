import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { assignClaims } from "./assign";
import { mergeClaims } from "./edit";
import { addComment } from "./comments";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { changesSince, claimChanges, claimDiscussion, claimSummaries, myQueue, type ChangesBody } from "./queries";
import { startClaim } from "./steps";

// The queries use the app's one client; point it at this file's throw-away database.
const current = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock("@/lib/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db")>()),
  get db() {
    return current.db;
  },
}));

let t: TestDb;
let people: People;
let bulletin: Bulletin & { claims: { id: string; text: string; start: number; version: number; figures: { start: number; end: number }[] }[] };
beforeAll(async () => {
  t = await createTestDb();
  current.db = t.db;
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
    const b = claimWithText(bulletin.claims, "同比增长6.2%");
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

  it("myQueue lists a reviewer's open claims only; claimDiscussion shows comments and named history", async () => {
    const school = claimWithText(bulletin.claims, "本市共新建学校约12所");
    const park = claimWithText(bulletin.claims, "公园4.5万平方米");
    await assignClaims(t.db, people.editor, [ref(school), ref(park)], people.reviewer2.id);
    expect((await myQueue(people.reviewer2.id)).map((c) => c.id).sort()).toEqual([school.id, park.id].sort());
    expect((await myQueue(people.reviewer.id)).map((c) => c.id)).toEqual([claimWithText(bulletin.claims, "医院3家").id]);

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
