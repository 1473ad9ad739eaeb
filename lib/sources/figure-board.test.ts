import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { addSourceToBulletin, detachSourceFromBulletin } from "./bulletin-sources";
import { figureBoard } from "./figure-board";
import { addSourceToClaim } from "./service";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
let bulletin: Bulletin & { claims: { id: string; text: string; figures: { id: string; text: string }[] }[] };
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const RELEASE = "区统计局发布：今年全市新建学校12所，新建医院4家。";
const REPORT = "财政局年报：全年财政收入1.14亿元。";
const rowOf = (rows: NonNullable<Awaited<ReturnType<typeof figureBoard>>>["rows"], claimText: string, figureText: string) => {
  const claim = claimWithText(bulletin.claims, claimText);
  const row = rows.find((r) => r.claimId === claim.id && r.figureText === figureText);
  if (!row) throw new Error(`no row for ${figureText}`);
  return row;
};

describe("figureBoard", () => {
  it("is null for a bulletin that does not exist", async () => {
    expect(await figureBoard("no-such-bulletin")).toBeNull();
  });

  it("proposes every figure over the bulletin's sources and the claim's own, with the passage and its offsets", async () => {
    const { sourceId } = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, { title: "区统计局发布", kind: "OFFICIAL", credibility: 5 }, RELEASE, "text/plain");
    const money = claimWithText(bulletin.claims, "全年财政收入1.14亿元");
    const own = await addSourceToClaim(t.db, people.reviewer, money.id, { title: "财政局年报", kind: "OFFICIAL", credibility: 5 }, REPORT, "text/plain");
    const board = (await figureBoard(bulletin.id))!;
    expect(board.sources.map((s) => s.id).sort()).toEqual([sourceId, own.sourceId].sort());

    const schools = rowOf(board.rows, "本市共新建学校约12所", "约12所");
    expect(schools).toMatchObject({ result: "matches", sourceValue: "12", source: { id: sourceId, viaBulletin: true } });
    expect(RELEASE.slice(schools.start!, schools.end!)).toBe("12所");
    expect(schools.passage!.text).toBe(RELEASE.slice(schools.passage!.start, schools.passage!.end));
    expect(rowOf(board.rows, "医院3家", "3家")).toMatchObject({ result: "differs", sourceValue: "4" });
    expect(rowOf(board.rows, "全年财政收入1.14亿元", "1.14亿元")).toMatchObject({ result: "matches", source: { id: own.sourceId, viaBulletin: false } });
    // Rows come in claim order, and nothing was written.
    expect(board.rows.map((r) => r.claimNumber)).toEqual([...board.rows.map((r) => r.claimNumber)].sort((a, b) => a - b));
    expect(await t.db.figure.count({ where: { claim: { bulletinId: bulletin.id }, check: { not: "UNCHECKED" } } })).toBe(0);

    // Detached from the bulletin, its source no longer counts for the other claims.
    await detachSourceFromBulletin(t.db, people.reviewer, bulletin.id, sourceId);
    const after = (await figureBoard(bulletin.id))!;
    expect(rowOf(after.rows, "本市共新建学校约12所", "约12所")).toMatchObject({ result: "not-found" });
    expect(rowOf(after.rows, "本市共新建学校约12所", "约12所").source).toBeUndefined();
  });
});
