import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type People, ref } from "@/lib/testing/workspace-fixtures";
import { uncoveredSentences } from "@/lib/engine/uncovered";
import { getBulletin } from "@/lib/bulletins/queries";
import { touchBulletin } from "./write";
import { addComment } from "./comments";
import { setTags } from "./corrections";
import { addClaim, mergeClaims, splitClaim } from "./edit";
import { claimSummaries } from "./queries";
import { startClaim } from "./steps";
import { encodeOutline } from "./summary";
import { applyChanges, forgetWorkspaceClaims, workspaceClaims } from "./workspace-claims";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
let bulletinId: string;
beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  bulletinId = (await importFixture(t.db, people.editor)).id;
});
afterAll(async () => t?.cleanup());
beforeEach(() => forgetWorkspaceClaims());

const current = async () => (await getBulletin(bulletinId))!;
const claimsNow = () => t.db.claim.findMany({ where: { bulletinId }, orderBy: { start: "asc" } });

/** What the page would build from a whole reading of the database now. */
async function readWhole() {
  const bulletin = await current();
  const claims = await claimSummaries(bulletin.id, bulletin.cleanText);
  return { claims, outline: encodeOutline(claims), uncovered: uncoveredSentences(bulletin.cleanText, "zh", claims) };
}

describe("the workspace's claim list, kept between pages", () => {
  it("is read whole once, then given again as it is while the bulletin's version stays", async () => {
    const first = await workspaceClaims(await current());
    expect(first).toEqual(await readWhole());
    const again = await workspaceClaims(await current());
    expect(again.claims).toBe(first.claims);
    expect(again.outline).toBe(first.outline);
  });

  it("pages opened while the list is being read wait for that reading instead of reading it again", async () => {
    const bulletin = await current();
    const [a, b] = await Promise.all([workspaceClaims(bulletin), workspaceClaims(bulletin)]);
    expect(b.claims).toBe(a.claims);
    // A page that read a later version does not take a reading at an earlier one.
    await addComment(t.db, people.reviewer, (await claimsNow())[0].id, "新的评论");
    const [older, newer] = await Promise.all([workspaceClaims(bulletin), workspaceClaims(await current())]);
    expect(newer).toEqual(await readWhole());
    expect(older.claims.length).toBe(newer.claims.length);
  });

  it("after each kind of change, equals a whole reading: status, comment, tags, split, merge, a new claim", async () => {
    await workspaceClaims(await current());
    const claims = await claimsNow();
    const steps: (() => Promise<unknown>)[] = [
      () => startClaim(t.db, people.reviewer, ref(claimWithText(claims, "医院3家"))),
      () => addComment(t.db, people.reviewer, claimWithText(claims, "医院3家").id, "核对中"),
      async () => setTags(t.db, people.editor, ref((await t.db.claim.findUniqueOrThrow({ where: { id: claimWithText(claims, "税收同比增长6.2%").id } }))), ["财政", "核心"]),
      async () => {
        const claim = await t.db.claim.findUniqueOrThrow({ where: { id: claimWithText(claims, "全年财政收入1.14亿元").id } });
        return splitClaim(t.db, people.editor, ref(claim), claim.start + 4);
      },
      async () => {
        const [a, b] = (await claimsNow()).filter((c) => c.text.startsWith("本市已向") || c.text.startsWith("另有英国"));
        return mergeClaims(t.db, people.editor, [ref(a), ref(b)]);
      },
      async () => {
        const bulletin = await current();
        const at = bulletin.cleanText.indexOf("市长表示");
        return addClaim(t.db, people.editor, bulletinId, at, at + 4);
      },
    ];
    for (const step of steps) {
      await step();
      expect(await workspaceClaims(await current())).toEqual(await readWhole());
    }
  });

  it("a change made elsewhere (another server process) is seen through the version, not through this process", async () => {
    const before = await workspaceClaims(await current());
    const claim = claimWithText(await claimsNow(), "医院3家");
    // Written straight to the database, as another process would.
    await t.db.$transaction(async (tx) => {
      const version = await touchBulletin(tx, bulletinId, [claim.id]);
      await tx.claim.update({ where: { id: claim.id }, data: { priority: "HIGH", version: { increment: 1 }, revision: version } });
    });
    const after = await workspaceClaims(await current());
    expect(after.claims.find((c) => c.id === claim.id)!.priority).toBe("HIGH");
    expect(after.claims).not.toBe(before.claims);
    expect(after).toEqual(await readWhole());
  });

  it("a page that read an older version gets the newer list, and a database behind the list is read whole", async () => {
    const old = await current();
    await addComment(t.db, people.reviewer, (await claimsNow())[0].id, "另一位读者");
    const newer = await workspaceClaims(await current());
    expect(await workspaceClaims(old)).toEqual(newer);
    // As if restored from a backup taken before: the version goes back.
    await t.db.bulletin.update({ where: { id: bulletinId }, data: { version: old.version - 1 } });
    await t.db.claim.updateMany({ where: { bulletinId }, data: { priority: "LOW" } });
    const restored = await workspaceClaims(await current());
    expect(restored.claims.every((c) => c.priority === "LOW")).toBe(true);
    expect(restored).toEqual(await readWhole());
  });
});

describe("the kept list's age", () => {
  it("is read whole again after 30 s, even when no version moved", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const first = await workspaceClaims(await current());
      // A change nobody stamped: the polls and the kept list cannot see it.
      await t.db.claim.updateMany({ where: { bulletinId }, data: { priority: "HIGH" } });
      expect((await workspaceClaims(await current())).claims).toBe(first.claims);
      vi.setSystemTime(Date.now() + 31_000);
      expect((await workspaceClaims(await current())).claims.every((c) => c.priority === "HIGH")).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("applyChanges", () => {
  const summary = (id: string, start: number, end: number, number = 1) => ({
    id, number, start, end, kind: "STATISTIC" as const, status: "UNVERIFIED" as const, dismissed: false, assigneeId: null, version: 1, revision: 1,
    checkworthiness: 0.5, statement: null, figures: [], failedCheck: false, priority: "NORMAL" as const, tags: [],
  });

  it("replaces changed claims, drops removed ones, keeps text order and says whether spans moved", () => {
    const list = [summary("a", 0, 5), summary("b", 6, 9), summary("c", 10, 12)];
    expect(applyChanges(list, [], [])).toEqual({ claims: list, spansMoved: false });
    const restatus = applyChanges(list, [{ ...summary("b", 6, 9), status: "IN_PROGRESS" }], []);
    expect(restatus.spansMoved).toBe(false);
    expect(restatus.claims.map((c) => [c.id, c.status])).toEqual([["a", "UNVERIFIED"], ["b", "IN_PROGRESS"], ["c", "UNVERIFIED"]]);
    const moved = applyChanges(list, [summary("d", 1, 3, 4)], ["c"]);
    expect(moved).toMatchObject({ spansMoved: true });
    expect(moved.claims.map((c) => c.id)).toEqual(["a", "d", "b"]);
  });

  it("a row read after its removal was recorded (the claim is back) wins over the removal", () => {
    const back = applyChanges([summary("a", 0, 5)], [summary("b", 6, 9)], ["b"]);
    expect(back.claims.map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("ties at one span keep the claims' numbers in order", () => {
    const tied = applyChanges([summary("x", 0, 5, 2)], [summary("y", 0, 5, 1)], []);
    expect(tied.claims.map((c) => c.id)).toEqual(["y", "x"]);
  });
});
