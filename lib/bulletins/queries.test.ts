import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { setDismissed } from "@/lib/claims/edit";
import { startClaim } from "@/lib/claims/steps";
import { deleteBulletin } from "./delete";
import { bulletinVersion, getBulletin, listBulletins, listDeletedBulletins } from "./queries";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
});
afterAll(async () => t?.cleanup());

describe("bulletin queries", () => {
  it("bulletinVersion rises with every claim write, which is what open workspaces poll", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "轮询" });
    expect(await bulletinVersion(bulletin.id)).toBe(1);
    await startClaim(t.db, people.reviewer, ref(bulletin.claims[0]));
    expect(await bulletinVersion(bulletin.id)).toBe(2);
    await setDismissed(t.db, people.reviewer, ref(bulletin.claims[1]), true);
    expect(await bulletinVersion(bulletin.id)).toBe(3);
  });

  it("listBulletins counts claims per status with dismissed apart, searches titles and hides deleted bulletins", async () => {
    const kept = await importFixture(t.db, people.editor, { title: "计数公报" });
    const gone = await importFixture(t.db, people.editor, { title: "将删除的公报" });
    await startClaim(t.db, people.reviewer, ref(claimWithText(kept.claims, "医院3家")));
    await setDismissed(t.db, people.reviewer, ref(claimWithText(kept.claims, "税收同比增长6.2%")), true);
    await deleteBulletin(t.db, people.editor, gone.id, "将删除的公报");

    const listed = await listBulletins("计数");
    expect(listed.map((b) => b.title)).toEqual(["计数公报"]);
    expect(listed[0].counts).toEqual({ UNVERIFIED: kept.claims.length - 2, IN_PROGRESS: 1, IN_REVIEW: 0, VERIFIED: 0, DISMISSED: 1 });
    expect((await listBulletins()).map((b) => b.id)).not.toContain(gone.id);
    expect((await listDeletedBulletins()).map((b) => [b.id, b.deletedBy?.name])).toEqual([[gone.id, "Edda Editor"]]);
    expect(await getBulletin(gone.id)).toBeNull();
    expect(await bulletinVersion(gone.id)).toBeNull();
    expect(await getBulletin(kept.id)).toMatchObject({ title: "计数公报", cleanText: kept.cleanText });
  });

  it("listBulletins searches titles regardless of case, on both databases", async () => {
    await importFixture(t.db, people.editor, { title: "Harbour Report Q1" });
    expect((await listBulletins("harbour report")).map((b) => b.title)).toEqual(["Harbour Report Q1"]);
    expect((await listBulletins("HARBOUR")).map((b) => b.title)).toEqual(["Harbour Report Q1"]);
  });
});
