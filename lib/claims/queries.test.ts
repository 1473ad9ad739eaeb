import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { assignClaims } from "./assign";
import { mergeClaims } from "./edit";
import { addComment } from "./comments";
import { claimChanges, claimDiscussion, claimsOfBulletin, myQueue } from "./queries";
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
let bulletin: Bulletin & { claims: { id: string; text: string; start: number; version: number }[] };
beforeAll(async () => {
  t = await createTestDb();
  current.db = t.db;
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("claim queries", () => {
  it("claimsOfBulletin lists every claim in text order", async () => {
    const { claims, loadedAt } = await claimsOfBulletin(bulletin.id);
    expect(claims.map((c) => c.id)).toEqual(bulletin.claims.map((c) => c.id));
    expect(new Date(loadedAt).getTime()).toBeLessThan(Date.now());
  });

  it("claimChanges returns only the claims written since a moment, and the ids of all that still exist", async () => {
    await pause();
    const since = new Date();
    await pause();
    const claim = claimWithText(bulletin.claims, "医院3家");
    await startClaim(t.db, people.reviewer, ref(claim));
    const changes = await claimChanges(bulletin.id, since);
    expect(changes.claims.map((c) => [c.id, c.status, c.version])).toEqual([[claim.id, "IN_PROGRESS", 2]]);
    expect(changes.ids.sort()).toEqual(bulletin.claims.map((c) => c.id).sort());
  });

  it("claimChanges drops merged-away claims from the ids", async () => {
    const a = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const b = claimWithText(bulletin.claims, "税收同比增长6.2%");
    await pause();
    const since = new Date();
    await pause();
    await mergeClaims(t.db, people.editor, [ref(a), ref(b)]);
    const changes = await claimChanges(bulletin.id, since);
    expect(changes.claims.map((c) => c.id)).toEqual([a.id]);
    expect(changes.ids).not.toContain(b.id);
    expect(changes.ids).toContain(a.id);
    expect(changes.ids).toHaveLength(bulletin.claims.length - 1);
  });

  it("claimChanges includes a claim that got a comment, so other workspaces see its comment count", async () => {
    const claim = claimWithText(bulletin.claims, "本市已向法国、德国、日本、巴西、印度共5个国家派出贸易代表团。");
    await pause();
    const since = new Date();
    await pause();
    await addComment(t.db, people.reviewer, claim.id, "外事办名单核对无误");
    const changes = await claimChanges(bulletin.id, since);
    expect(changes.claims.map((c) => [c.id, c.commentCount])).toEqual([[claim.id, 1]]);
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
