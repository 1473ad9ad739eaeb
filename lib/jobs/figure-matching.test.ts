import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { jobQueue } from "@/lib/db/job-queue";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { addSourceToBulletin } from "@/lib/sources/bulletin-sources";
import { figureBoard } from "@/lib/sources/figure-board";
import { matchAndStore, matchingInputs, markPending, proposeNow, SMALL_MATCHING } from "@/lib/sources/figure-matching";
import { addSnapshot, addSourceToClaim } from "@/lib/sources/service";
import { queueFigureMatching, workOnFigureMatching } from "./figure-matching";

// Matching runs as a background job through the real queue (in-process on SQLite, pg-boss rows on
// PostgreSQL) and stores its proposals; the board then reads them without matching.
vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));
vi.mock("@/lib/sources/figure-matching", async (original) => {
  const actual = await original<typeof import("@/lib/sources/figure-matching")>();
  return { ...actual, matchAndStore: vi.fn(actual.matchAndStore) };
});

let t: TestDb;
let people: People;
let bulletin: Bulletin & { claims: { id: string; text: string; figures: { id: string; text: string }[] }[] };
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
  await workOnFigureMatching(t.db);
});
afterAll(async () => {
  await jobQueue(t.url).stop();
  await t?.cleanup();
});

const RELEASE = "区统计局发布：今年全市新建学校12所，新建医院4家。";
const REPORT = "财政局年报：全年财政收入1.14亿元。";

const figureOf = (claimText: string, figureText: string) => claimWithText(bulletin.claims, claimText).figures.find((f) => f.text === figureText)!;

/** Waits until the bulletin's current version is stored and nothing is pending. */
async function stored() {
  const { version } = await matchingInputs(t.db, bulletin.id);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    const state = await t.db.bulletinMatching.findUnique({ where: { bulletinId: bulletin.id } });
    if (state?.matchedVersion === version && state.pendingVersion === null) return state;
  }
  throw new Error("matching did not finish");
}

const proposalOf = (figureId: string) => t.db.figureProposal.findUniqueOrThrow({ where: { figureId } });

describe("figure matching in the background", () => {
  it("stores the proposals when a source is attached to the bulletin, and the board reads them", async () => {
    const { sourceId } = await addSourceToBulletin(t.db, people.reviewer, bulletin.id, { title: "区统计局发布", kind: "OFFICIAL", credibility: 5 }, RELEASE, "text/plain");
    await stored();
    const schools = await proposalOf(figureOf("本市共新建学校约12所", "约12所").id);
    expect(schools).toMatchObject({ result: "matches", sourceId, sourceValue: "12", confidence: 1 });
    expect(RELEASE.slice(schools.start!, schools.end!)).toBe("12所");
    expect(RELEASE.slice(schools.passageStart!, schools.passageEnd!)).toContain("新建学校12所");
    expect(await proposalOf(figureOf("医院3家", "3家").id)).toMatchObject({ result: "differs", sourceValue: "4" });

    const calls = vi.mocked(matchAndStore).mock.calls.length;
    const board = (await figureBoard(bulletin.id))!;
    expect(board.matching).toBeNull();
    expect(board.rows.find((r) => r.figureId === schools.figureId)).toMatchObject({ result: "matches", source: { id: sourceId, viaBulletin: true }, passage: { start: schools.passageStart } });
    // Read from the store: no job was queued and nothing matched again.
    expect(vi.mocked(matchAndStore).mock.calls.length).toBe(calls);
  }, 60_000);

  it("computes them again when another source is attached to a claim, and when a snapshot replaces a source's text", async () => {
    const money = figureOf("全年财政收入1.14亿元", "1.14亿元");
    expect(await proposalOf(money.id)).toMatchObject({ result: "not-found", sourceId: expect.any(String) });
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claimWithText(bulletin.claims, "全年财政收入1.14亿元").id, { title: "财政局年报", kind: "OFFICIAL", credibility: 5 }, REPORT, "text/plain");
    await stored();
    expect(await proposalOf(money.id)).toMatchObject({ result: "matches", sourceId });

    const { snapshotId } = await addSnapshot(t.db, people.reviewer, sourceId, "财政局年报（修订）：全年财政收入1.3亿元。", "text/plain");
    await stored();
    expect(await proposalOf(money.id)).toMatchObject({ result: "differs", sourceId, snapshotId, sourceValue: "130000000" });
  }, 60_000);

  it("retries a job that failed, and queues again a job lost with its server", async () => {
    vi.mocked(matchAndStore).mockRejectedValueOnce(new Error("the server died mid-job"));
    const calls = vi.mocked(matchAndStore).mock.calls.length;
    await addSourceToBulletin(t.db, people.reviewer, bulletin.id, { title: "区卫健委通报", kind: "OFFICIAL", credibility: 4 }, "今年全市新建医院3家。", "text/plain");
    await stored();
    expect(vi.mocked(matchAndStore).mock.calls.length).toBe(calls + 2);
    expect(await proposalOf(figureOf("医院3家", "3家").id)).toMatchObject({ result: "matches", sourceValue: "3" });

    // A version marked pending whose job never ran (its server died before taking it): asking again queues it.
    await t.db.figureProposal.deleteMany({ where: { bulletinId: bulletin.id } });
    await t.db.bulletinMatching.update({ where: { bulletinId: bulletin.id }, data: { matchedVersion: null } });
    await markPending(t.db, bulletin.id, await matchingInputs(t.db, bulletin.id));
    expect(await queueFigureMatching(t.db, bulletin.id)).toBe(true);
    await stored();
    expect(await proposalOf(figureOf("医院3家", "3家").id)).toMatchObject({ result: "matches" });
  }, 60_000);

  it("lets other work run while it matches: the event loop is never held for long", async () => {
    const other = await importFixture(t.db, people.editor, { title: "另一份通报" });
    // Ten sources of about 50 KB (the eval bulletins), attached without queueing, so that only this run matches.
    const evalDir = path.resolve(import.meta.dirname, "../../eval/bulletins");
    const texts = readdirSync(evalDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(evalDir, f), "utf8"));
    for (let i = 0; i < 10; i++) {
      const text = Array.from({ length: 12 }, (_, k) => texts[(i + k) % texts.length]).join("\n").slice(0, 50_000);
      const source = await t.db.source.create({ data: { title: `source ${i}`, kind: "OFFICIAL", credibility: 3, createdById: people.reviewer.id, snapshots: { create: { text, contentType: "text/plain", createdById: people.reviewer.id } } } });
      await t.db.bulletinSource.create({ data: { bulletinId: other.id, sourceId: source.id, attachedById: people.reviewer.id } });
    }
    // Once warm (the first run compiles the matcher), as a server that has matched before.
    await matchAndStore(t.db, other.id);
    let last = performance.now();
    let longest = 0;
    let ran = 0;
    const ticks = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ran++;
    }, 1);
    const started = performance.now();
    const { proposals } = await matchAndStore(t.db, other.id);
    const took = performance.now() - started;
    clearInterval(ticks);
    expect(proposals).toBeGreaterThan(0);
    expect(await t.db.figureProposal.count({ where: { bulletinId: other.id } })).toBe(proposals);
    // Held at most for about one source's reading: a small part of the whole run.
    expect(ran).toBeGreaterThanOrEqual(10);
    expect(longest).toBeLessThan(took / 3);
  }, 60_000);

  it("shows a large bulletin's progress while its job runs, then the stored proposals", async () => {
    const evalDir = path.resolve(import.meta.dirname, "../../eval/bulletins");
    const zh = readdirSync(evalDir).filter((f) => f.startsWith("zh-")).sort().map((f) => readFileSync(path.join(evalDir, f), "utf8"));
    const large = await importFixture(t.db, people.editor, { title: "大通报", originalText: zh.join("\n") });
    for (let i = 0; i < 30; i++) {
      const source = await t.db.source.create({ data: { title: `来源 ${i}`, kind: "OFFICIAL", credibility: 3, createdById: people.reviewer.id, snapshots: { create: { text: zh[i % zh.length], contentType: "text/plain", createdById: people.reviewer.id } } } });
      await t.db.bulletinSource.create({ data: { bulletinId: large.id, sourceId: source.id, attachedById: people.reviewer.id } });
    }
    const inputs = await matchingInputs(t.db, large.id);
    expect(inputs.checkable.length * 30).toBeGreaterThan(SMALL_MATCHING);

    const pending = (await figureBoard(large.id))!;
    expect(pending.matching).toMatchObject({ sourcesTotal: 30, figuresTotal: inputs.checkable.length });
    expect(pending.rows.every((r) => r.result === "not-found")).toBe(true);

    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      const state = await t.db.bulletinMatching.findUnique({ where: { bulletinId: large.id } });
      if (state?.matchedVersion === inputs.version && state.pendingVersion === null) break;
    }
    const done = (await figureBoard(large.id))!;
    expect(done.matching).toBeNull();
    const now = proposeNow(inputs);
    expect(done.rows.filter((r) => r.result === "matches").length).toBeGreaterThan(50);
    for (const row of done.rows) if (row.value !== null) expect(row.result, row.figureText).toBe(now.get(row.figureId)!.result);
  }, 120_000);
});
