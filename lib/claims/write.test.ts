import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { addQuotedEvidence, createPeople, expectAppError, importFixture, newClaim, type People, ref } from "@/lib/testing/workspace-fixtures";
import type { ClaimView } from "./dto";
import { setDismissed, updateSpan } from "./edit";
import { recordFigureCheck } from "./figure-checks";
import { touchBulletin } from "./write";
import { proposeVerdict, startClaim } from "./steps";

let t: TestDb;
let people: People;
let bulletin: Bulletin;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });

describe("optimistic locking of claim writes", () => {
  it("refuses the second of two writers holding the same version, naming the first and returning the current claim", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const stale = ref(claim);
    await startClaim(t.db, people.editor, stale);

    const error = await expectAppError(proposeVerdict(t.db, people.reviewer, stale, "INACCURATE", "只有2家"), "conflict");
    expect(error.message).toContain("Edda Editor");
    // What changed is in the claim returned with it; the message names no internal action.
    expect(error.message).toMatch(/^Edda Editor changed this claim just now\./);
    expect(error.messageIn("zh")).toMatch(/^Edda Editor.*修改了这条声明/);
    const current = (error.details as { current: ClaimView }).current;
    expect(current).toMatchObject({ id: claim.id, version: 2, status: "IN_PROGRESS", assigneeId: people.editor.id, verdict: null });

    // Only the first write is in the row, and only one audit entry.
    expect(await row(claim.id)).toMatchObject({ version: 2, status: "IN_PROGRESS", verdict: null, rationale: null, proposedById: null });
    expect(await t.db.auditEntry.count({ where: { entityId: claim.id } })).toBe(1);
  });

  it("names the first writer for a refused stale span edit too, and the second writer can save with the new version", async () => {
    const claim = await newClaim(t.db, bulletin, "公园4.5万平方米");
    await setDismissed(t.db, people.reviewer, ref(claim), true);
    const error = await expectAppError(updateSpan(t.db, people.reviewer2, ref(claim), claim.start, claim.end - 1), "conflict");
    expect(error.message).toContain("Rita Reviewer");
    const current = (error.details as { current: ClaimView }).current;
    expect(current.version).toBe(2);
    expect(current.dismissed).toBe(true);
    expect(await row(claim.id)).toMatchObject({ end: claim.end, dismissed: true, version: 2 });

    await setDismissed(t.db, people.reviewer2, { id: claim.id, version: current.version }, false);
    expect(await row(claim.id)).toMatchObject({ dismissed: false, version: 3 });
  });

  it("lets exactly one of two simultaneous writers with the same version win", async () => {
    const claim = await newClaim(t.db, bulletin, "税收同比增长6.2%");
    const results = await Promise.allSettled([
      startClaim(t.db, people.reviewer, ref(claim)),
      startClaim(t.db, people.reviewer2, ref(claim)),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: "conflict" });
    const after = await row(claim.id);
    expect(after.version).toBe(2);
    expect([people.reviewer.id, people.reviewer2.id]).toContain(after.assigneeId);
    expect(await t.db.auditEntry.count({ where: { entityId: claim.id } })).toBe(1);
  });

  it("increments the version by exactly one per write", async () => {
    const claim = await newClaim(t.db, bulletin, "本市共新建学校约12所");
    // Quoting evidence does not count as a write to the claim: it conflicts with no one.
    await addQuotedEvidence(t.db, people.reviewer, claim.id, { passage: "新建学校12所" });
    const versions = [claim.version, (await row(claim.id)).version];
    let view = await startClaim(t.db, people.reviewer, ref(claim));
    versions.push(view.version, (await row(claim.id)).version);
    view = await updateSpan(t.db, people.reviewer, ref(view), claim.start, claim.end);
    versions.push(view.version);
    // The span edit extracted the figure 约12所, which must be checked before a verdict.
    expect(view.figures.map((f) => f.text)).toEqual(["约12所"]);
    view = await recordFigureCheck(t.db, people.reviewer, ref(view), { figureId: view.figures[0].id, result: "NOT_CHECKABLE", note: "名单未公开" });
    versions.push(view.version);
    view = await proposeVerdict(t.db, people.reviewer, ref(view), "ACCURATE", "教育局名单共12所");
    versions.push(view.version, (await row(claim.id)).version);
    expect(versions).toEqual([1, 1, 2, 2, 3, 4, 5, 5]);
  });

  it("refuses a write to a claim that does not exist with not_found", async () => {
    await expectAppError(startClaim(t.db, people.editor, { id: "no-such-claim", version: 1 }), "not_found");
  });
});

describe("touchBulletin", () => {
  it("bumps the bulletin's version and change time, stamps every changed claim with the new version, and records removals", async () => {
    const long = new Date("2020-01-01T00:00:00Z");
    const before = await t.db.bulletin.update({ where: { id: bulletin.id }, data: { updatedAt: long } });
    const made = await Promise.all(["医院3家", "公园4.5万平方米"].map((text) => newClaim(t.db, bulletin, text)));
    const claims = await Promise.all(made.map((c) => t.db.claim.update({ where: { id: c.id }, data: { updatedAt: long } })));
    const version = await t.db.$transaction((tx) => touchBulletin(tx, bulletin.id, claims.map((c) => c.id), ["removed-claim"]));
    const after = await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletin.id } });
    expect(version).toBe(before.version + 1);
    expect(after.version).toBe(version);
    expect(after.updatedAt.getTime()).toBeGreaterThan(long.getTime());
    for (const claim of claims) {
      const stamped = await row(claim.id);
      expect(stamped.revision).toBe(version);
      expect(stamped.updatedAt.getTime()).toBeGreaterThan(long.getTime());
      expect(stamped.version).toBe(claim.version);
    }
    expect(await t.db.claimRemoval.findMany({ where: { bulletinId: bulletin.id, claimId: "removed-claim" }, select: { revision: true } })).toEqual([{ revision: version }]);
    await expectAppError(t.db.$transaction((tx) => touchBulletin(tx, "no-such-bulletin", [])), "not_found");
  });
});
