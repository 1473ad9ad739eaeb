import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBulletin } from "@/lib/bulletins/import";
import { addComment } from "@/lib/claims/comments";
import { addClaim } from "@/lib/claims/edit";
import { addEvidence } from "@/lib/sources/evidence";
import { addSourceToClaim } from "@/lib/sources/service";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { bulletinInput, createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { createApiToken, userForToken } from "@/lib/tokens/api-tokens";
import { forgetOldKeys, KEY_LIFETIME_MS } from "./keys";

let t: TestDb;
let people: People;
let claimId: string;
let bulletinId: string;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  const bulletin = await importFixture(t.db, people.editor);
  bulletinId = bulletin.id;
  claimId = bulletin.claims[0].id;
});
afterAll(async () => t?.cleanup());

const key = (n: number) => `test-request-key-${String(n).padStart(4, "0")}`;

describe("a retried request with the same key is answered, not repeated", () => {
  it("a comment sent twice with one key is stored once and both tries get its id", async () => {
    const first = await addComment(t.db, people.reviewer, claimId, "第一次发送", key(1));
    const retry = await addComment(t.db, people.reviewer, claimId, "第一次发送", key(1));
    expect(retry).toEqual(first);
    expect(await t.db.comment.count({ where: { body: "第一次发送" } })).toBe(1);
    // Another key is another comment; the same key from another user is another user's request.
    await addComment(t.db, people.reviewer, claimId, "第一次发送", key(2));
    await addComment(t.db, people.reviewer2, claimId, "第一次发送", key(1));
    expect(await t.db.comment.count({ where: { body: "第一次发送" } })).toBe(3);
  });

  it("tries racing with one key create one comment", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => addComment(t.db, people.reviewer, claimId, "并发重试", key(3))));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await t.db.comment.count({ where: { body: "并发重试" } })).toBe(1);
  });

  it("refuses a key already used for another kind of request", async () => {
    await expectAppError(addClaim(t.db, people.reviewer, bulletinId, 0, 4, key(1)), "bad_request");
  });

  it("evidence, a new source and an added claim are each created once per key", async () => {
    const source = () => addSourceToClaim(t.db, people.reviewer, claimId, { title: "重试来源", kind: "OFFICIAL", credibility: 4 }, "全市新建学校12所。", "text/plain", key(10));
    const [a, b] = [await source(), await source()];
    expect(b).toEqual(a);
    expect(await t.db.source.count({ where: { title: "重试来源" } })).toBe(1);

    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: a.sourceId }, select: { id: true } });
    const quote = () => addEvidence(t.db, people.reviewer, { claimId, sourceId: a.sourceId, snapshotId: snapshot.id, start: 0, end: 4, stance: "SUPPORTS", requestKey: key(11) });
    expect(await quote()).toEqual(await quote());
    expect(await t.db.evidence.count({ where: { claimId, sourceId: a.sourceId } })).toBe(1);

    const added = await addClaim(t.db, people.reviewer, bulletinId, 1, 6, key(12));
    const again = await addClaim(t.db, people.reviewer, bulletinId, 1, 6, key(12));
    expect(again.id).toBe(added.id);
    expect(await t.db.claim.count({ where: { bulletinId, start: 1, end: 6 } })).toBe(1);
  });

  it("an import retried with its key gives the first bulletin back", async () => {
    const input = bulletinInput({ title: "重试导入", requestKey: key(20) });
    const first = await importBulletin(t.db, people.editor, input);
    const retry = await importBulletin(t.db, people.editor, input);
    expect(retry).toEqual(first);
    expect(await t.db.bulletin.count({ where: { title: "重试导入" } })).toBe(1);
  });

  it("an API token retried with its key is the same token with a new secret (the lost one stops working)", async () => {
    const first = await createApiToken(t.db, people.reviewer, "脚本", key(30));
    const retry = await createApiToken(t.db, people.reviewer, "脚本", key(30));
    expect(retry.id).toBe(first.id);
    expect(retry.secret).not.toBe(first.secret);
    expect(await t.db.apiToken.count({ where: { userId: people.reviewer.id, name: "脚本" } })).toBe(1);
    expect(await userForToken(t.db, first.secret)).toBeNull();
    expect(await userForToken(t.db, retry.secret)).toMatchObject({ id: people.reviewer.id });
  });

  it("forgets keys after a day", async () => {
    const held = await t.db.idempotencyKey.count();
    expect(held).toBeGreaterThan(0);
    expect(await forgetOldKeys(t.db, new Date(Date.now() + KEY_LIFETIME_MS / 2))).toBe(0);
    expect(await forgetOldKeys(t.db, new Date(Date.now() + KEY_LIFETIME_MS + 60_000))).toBe(held);
    // Forgotten, the key makes a new comment again.
    await addComment(t.db, people.reviewer, claimId, "第一次发送", key(1));
    expect(await t.db.comment.count({ where: { body: "第一次发送" } })).toBe(4);
  });
});
