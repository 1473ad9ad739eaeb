import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { approveVerdict, proposeVerdict } from "@/lib/claims/steps";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, createPeople, expectAppError, importFixture, newClaim, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { addEvidence } from "./evidence";
import { addSourceToClaim } from "./service";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const TEXT = "Health board minutes. The board confirmed that 212 nurses were hired in 2023, short of the 240 announced. Clinic budgets are covered next.";
const meta = { title: "Health board minutes, March", kind: "PRIMARY_DATA" as const, credibility: 4 };

async function sourceOn(claimId: string, text = TEXT) {
  const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claimId, meta, text, "text/plain");
  const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
  return { sourceId, snapshot };
}

describe("addEvidence", () => {
  it("stores the quote and position selectors, stance, note and author, attaching the source", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId, snapshot } = await sourceOn(claim.id);
    const passage = "212 nurses were hired in 2023";
    const start = TEXT.indexOf(passage);
    const evidence = await addEvidence(t.db, people.reviewer, {
      claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end: start + passage.length, stance: "REFUTES", note: "Minutes give 212, not 240.",
    });
    const stored = await t.db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(stored).toMatchObject({
      claimId: claim.id, sourceId, snapshotId: snapshot.id, exact: passage, start, end: start + passage.length,
      stance: "REFUTES", note: "Minutes give 212, not 240.", anchor: "ANCHORED", createdById: people.reviewer.id, version: 1,
    });
    expect(snapshot.text.slice(stored.start, stored.end)).toBe(stored.exact);
    expect(stored.prefix.length).toBeGreaterThan(0);
    expect(stored.suffix.length).toBeGreaterThan(0);
    expect(TEXT.slice(0, start).endsWith(stored.prefix)).toBe(true);
    expect(TEXT.slice(start + passage.length).startsWith(stored.suffix)).toBe(true);

    const audit = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.evidence" } });
    expect(audit.actorId).toBe(people.reviewer.id);
    expect(JSON.parse(audit.after!)).toEqual({ evidenceId: stored.id, sourceId, stance: "REFUTES", exact: passage });
  });

  it("attaches the source to a claim it was not yet attached to", async () => {
    const first = await newClaim(t.db, bulletin, "医院3家");
    const second = await newClaim(t.db, bulletin, "公园4.5万平方米");
    const { sourceId, snapshot } = await sourceOn(first.id);
    expect(await t.db.claimSource.count({ where: { claimId: second.id } })).toBe(0);
    await addEvidence(t.db, people.reviewer2, { claimId: second.id, sourceId, snapshotId: snapshot.id, start: 0, end: 21, stance: "CONTEXT" });
    expect(await t.db.claimSource.findMany({ where: { claimId: second.id } })).toEqual([
      expect.objectContaining({ sourceId, attachedById: people.reviewer2.id }),
    ]);
    expect((await t.db.evidence.findFirstOrThrow({ where: { claimId: second.id } })).exact).toBe("Health board minutes.");
  });

  it.each([
    ["past the end", TEXT.length - 5, TEXT.length + 3],
    ["of only whitespace", TEXT.indexOf(" "), TEXT.indexOf(" ") + 1],
  ])("refuses a span %s with bad_request, storing nothing", async (_, start, end) => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId, snapshot } = await sourceOn(claim.id);
    await expectAppError(addEvidence(t.db, people.reviewer, { claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end, stance: "SUPPORTS" }), "bad_request");
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses a snapshot that belongs to another source", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const mine = await sourceOn(claim.id);
    const other = await sourceOn(claim.id, "A different report about road repairs in the north district.");
    await expectAppError(
      addEvidence(t.db, people.reviewer, { claimId: claim.id, sourceId: mine.sourceId, snapshotId: other.snapshot.id, start: 0, end: 10, stance: "SUPPORTS" }),
      "not_found",
    );
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("lets nobody add evidence to a VERIFIED claim, an editor neither: it must be reopened first", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId, snapshot } = await addQuotedEvidence(t.db, people.reviewer, claim.id);
    await proposeVerdict(t.db, people.reviewer, ref(claim), "ACCURATE", "报告确认");
    await approveVerdict(t.db, people.editor, { id: claim.id, version: 2 });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("VERIFIED");

    const input = { claimId: claim.id, sourceId, snapshotId: snapshot.id, start: 0, end: 5, stance: "REFUTES" as const };
    await expectAppError(addEvidence(t.db, people.reviewer, input), "forbidden");
    await expectAppError(addEvidence(t.db, people.inactiveEditor, input), "forbidden");
    const refused = await expectAppError(addEvidence(t.db, people.editor, input), "conflict");
    expect(refused.localised?.zh).toMatch(/重新打开/);
    expect(await t.db.evidence.count({ where: { claimId: claim.id } })).toBe(1);
  });
});
