import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { proposeFigureCheck } from "./figure-proposal";
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

const SOURCE = "区政府工作报告（摘要）：今年全市新建医院4家，新建学校12所，另有两所学校完成扩建。";
const figureOf = (claimText: string, figureText: string) => {
  const claim = claimWithText(bulletin.claims, claimText);
  const figure = claim.figures.find((f) => f.text === figureText);
  if (!figure) throw new Error(`no figure ${figureText} in ${claimText}`);
  return { claim, figure };
};

describe("proposeFigureCheck", () => {
  it("refuses when no source is attached to the claim", async () => {
    const { claim, figure } = figureOf("医院3家", "3家");
    const error = await expectAppError(proposeFigureCheck(claim.id, figure.id), "bad_request");
    expect(error.message).toMatch(/Attach a source/);
  });

  it("refuses a figure of another claim", async () => {
    const { claim } = figureOf("医院3家", "3家");
    const { figure } = figureOf("全年财政收入1.14亿元", "1.14亿元");
    await expectAppError(proposeFigureCheck(claim.id, figure.id), "not_found");
  });

  it("proposes DIFFERS with the source's value for 医院3家 against 新建医院4家, and writes nothing", async () => {
    const { claim, figure } = figureOf("医院3家", "3家");
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claim.id, { title: "区政府工作报告", kind: "OFFICIAL", credibility: 5 }, SOURCE, "text/plain");
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
    const proposal = await proposeFigureCheck(claim.id, figure.id);
    expect(proposal).toMatchObject({ result: "DIFFERS", sourceId, snapshotId: snapshot.id, sourceValue: "4", claimValue: "3" });
    expect(SOURCE.slice(proposal.sourceStart!, proposal.sourceEnd!)).toContain("4");
    expect(proposal.relativeDifference).toBeCloseTo(-0.25);
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "UNCHECKED", proposedCheck: null, sourceValue: null });
  });

  it("proposes MATCHES for 学校12所 against 新建学校12所", async () => {
    const { claim, figure } = figureOf("本市共新建学校约12所", "约12所");
    await addSourceToClaim(t.db, people.reviewer, claim.id, { title: "区政府工作报告", kind: "OFFICIAL", credibility: 5 }, SOURCE, "text/plain");
    const proposal = await proposeFigureCheck(claim.id, figure.id);
    expect(proposal).toMatchObject({ result: "MATCHES", sourceValue: "12", claimValue: "12" });
    expect(SOURCE.slice(proposal.sourceStart!, proposal.sourceEnd!)).toContain("12");
  });
});
