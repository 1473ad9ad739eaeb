import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobQueue } from "@/lib/db/job-queue";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { bulletinInput, createPeople, expectAppError, ZH_BULLETIN, type People } from "@/lib/testing/workspace-fixtures";
import { LARGE_IMPORT, startImport, waitForImport } from "./imports";

let t: TestDb;
let people: People;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
});
afterAll(async () => {
  await jobQueue(t.url).stop();
  await t?.cleanup();
});

const large = () => {
  let text = "";
  while (text.length <= LARGE_IMPORT) text += `${ZH_BULLETIN}\n`;
  return text;
};

describe("large imports run as background jobs", () => {
  it("stores the bulletin once, whichever way the editor asks (the first answer, the state, a retry)", async () => {
    const input = bulletinInput({ title: "大通报", originalText: large(), requestKey: "large-import-key-0001" });
    let outcome = await startImport(t.db, people.editor, input);
    while ("pending" in outcome) outcome = await waitForImport(t.db, people.editor, outcome.pending, 5_000);
    expect(outcome.claims).toBeGreaterThan(100);
    expect(await t.db.claim.count({ where: { bulletinId: outcome.id } })).toBe(outcome.claims);
    const again = await startImport(t.db, people.editor, input);
    expect(again).toEqual(outcome);
    expect(await t.db.bulletin.count({ where: { title: "大通报" } })).toBe(1);
    // Asked for again as the same editor, the finished job answers its bulletin; another editor meets nothing.
    expect(await waitForImport(t.db, people.editor, outcome.id, 0)).toEqual(outcome);
    await expectAppError(waitForImport(t.db, people.admin, outcome.id, 0), "not_found");
  }, 120_000);

  it("answers not found for a job that does not exist (or was cleared away with no bulletin)", async () => {
    await expectAppError(waitForImport(t.db, people.editor, "7c1e9a52-3f0b-4d2e-8a11-5b6c7d8e9f00", 0), "not_found");
  });

  it("refuses a reviewer, before anything is queued", async () => {
    await expectAppError(startImport(t.db, people.reviewer, bulletinInput({ originalText: large() })), "forbidden");
  });
});
