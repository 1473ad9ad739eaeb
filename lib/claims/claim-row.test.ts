import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { addQuotedEvidence, createPeople, importFixture, markFiguresNotCheckable, type People } from "@/lib/testing/workspace-fixtures";
import { readClaimRow } from "./claim-row";
import { claimSelect, type ClaimRow } from "./dto";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

// Prisma gives findings in no set order; the SQL read orders them by id.
const byPrisma = async (id: string) => {
  const row = await t.db.claim.findFirst({ where: { id, bulletin: { deletedAt: null } }, select: claimSelect });
  return row && { ...row, findings: [...row.findings].sort((a, b) => (a.id < b.id ? -1 : 1)) };
};

describe("a claim read in SQL", () => {
  it("equals Prisma's nested read for claims with and without every kind of relation", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    const [full, bare] = bulletin.claims.filter((c) => c.figures.length > 0);
    await addQuotedEvidence(t.db, people.reviewer, full.id, { stance: "REFUTES" });
    await addQuotedEvidence(t.db, people.reviewer2, full.id, { url: "https://stats.example.test/report" });
    await markFiguresNotCheckable(t.db, people.reviewer, full.id);
    await t.db.claimTag.createMany({ data: [{ claimId: full.id, tag: "预算" }, { claimId: full.id, tag: "budget" }] });
    await t.db.comment.createMany({ data: [1, 2, 3].map((i) => ({ claimId: full.id, authorId: people.editor.id, body: `comment ${i}` })) });
    await t.db.consistencyFinding.createMany({
      data: [
        { claimId: full.id, kind: "sum", ok: false, details: JSON.stringify({ parts: [1, 2], total: 4 }) },
        { claimId: full.id, kind: "share", ok: true, details: "{}", acknowledgedById: people.editor.id, acknowledgedAt: new Date("2030-05-01T10:00:00Z") },
      ],
    });
    await t.db.claim.update({ where: { id: full.id }, data: { publishedAt: new Date("2030-05-02T00:00:00Z"), sentBackAt: new Date(), sentBackComment: "Check the total.", checkworthiness: 0.75, priority: "HIGH" } });

    const expected = (await byPrisma(full.id)) as ClaimRow;
    expect(expected.figures.length).toBeGreaterThan(0);
    expect(expected.figures.every((f) => f.checkedBy?.name === "Rita Reviewer")).toBe(true);
    expect(expected.evidence).toHaveLength(2);
    expect(expected.sources).toHaveLength(2);
    expect(expected.tags).toHaveLength(2);
    expect(expected._count.comments).toBe(3);
    expect(await readClaimRow(t.db, full.id)).toEqual(expected);
    // Also inside a transaction, as a write reads it.
    expect(await t.db.$transaction((tx) => readClaimRow(tx, full.id))).toEqual(expected);
    expect(await readClaimRow(t.db, bare.id)).toEqual(await byPrisma(bare.id));
  });

  it("is null for a claim that does not exist or whose bulletin was deleted", async () => {
    const bulletin = await importFixture(t.db, people.editor);
    expect(await readClaimRow(t.db, "no-such-claim")).toBeNull();
    await t.db.bulletin.update({ where: { id: bulletin.id }, data: { deletedAt: new Date() } });
    expect(await readClaimRow(t.db, bulletin.claims[0].id)).toBeNull();
  });
});
