import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignClaims } from "@/lib/claims/assign";
import { addComment } from "@/lib/claims/comments";
import { setPriority, setTags } from "@/lib/claims/corrections";
import { approveVerdict, proposeVerdict, sendBack, startClaim } from "@/lib/claims/steps";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, importFixture, makeProposable, newClaim, type People, ref } from "@/lib/testing/workspace-fixtures";
import { markRead, notificationsOf } from "./queries";

let t: TestDb;
let people: People;
let bulletin: Awaited<ReturnType<typeof importFixture>>;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => t?.cleanup());

const fresh = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });
const inbox = async (userId: string) => (await notificationsOf(t.db, userId)).notifications;

describe("notifications", () => {
  it("tell a reviewer once per bulletin what was assigned to them, and nobody of their own actions", async () => {
    const a = await newClaim(t.db, bulletin, "医院3家");
    const b = await newClaim(t.db, bulletin, "公园4.5万平方米");
    await assignClaims(t.db, people.editor, [ref(a), ref(b)], people.reviewer.id);
    const [assigned] = await inbox(people.reviewer.id);
    expect(assigned).toMatchObject({ kind: "ASSIGNED", actor: "Edda Editor", bulletinId: bulletin.id, read: false, params: { count: 2, bulletin: bulletin.title } });
    // An editor assigning a claim to themselves is not told about it.
    const before = (await inbox(people.editor.id)).length;
    await assignClaims(t.db, people.editor, [ref(await fresh(a.id))], people.editor.id);
    expect(await inbox(people.editor.id)).toHaveLength(before);
  });

  it("follow a verdict: sent back to its proposer with the comment, approved with the verdict", async () => {
    const claim = await newClaim(t.db, bulletin, "全年财政收入1.14亿元");
    await startClaim(t.db, people.reviewer2, ref(claim));
    await makeProposable(t.db, people.reviewer2, claim.id);
    await proposeVerdict(t.db, people.reviewer2, ref(await fresh(claim.id)), "ACCURATE", "财政局报告写明1.14亿元。");
    await sendBack(t.db, people.editor, ref(await fresh(claim.id)), "请核对增长率的来源。");
    expect((await inbox(people.reviewer2.id))[0]).toMatchObject({ kind: "SENT_BACK", claimId: claim.id, claimNumber: claim.number, params: { comment: "请核对增长率的来源。" } });
    await proposeVerdict(t.db, people.reviewer2, ref(await fresh(claim.id)), "ACCURATE", "已核对。");
    await approveVerdict(t.db, people.editor, ref(await fresh(claim.id)));
    expect((await inbox(people.reviewer2.id))[0]).toMatchObject({ kind: "APPROVED", claimId: claim.id, params: { verdict: "ACCURATE" } });
  });

  it("tell everyone named with @name in a comment, the longest name where two overlap", async () => {
    const claim = await newClaim(t.db, bulletin, "同比增长6.2%");
    const edd = await t.db.user.create({ data: { email: `edd.${Date.now()}@example.com`, name: "Edd", passwordHash: "x", role: "REVIEWER" } });
    await addComment(t.db, people.reviewer, claim.id, "@Edda Editor 请看一下这个数字，@Ravi Reviewer 也看看");
    expect((await inbox(people.editor.id))[0]).toMatchObject({ kind: "MENTIONED", claimId: claim.id, actor: "Rita Reviewer" });
    expect((await inbox(people.reviewer2.id))[0]).toMatchObject({ kind: "MENTIONED", claimId: claim.id });
    // "Edd" is a prefix of "Edda Editor", who was the one named.
    expect(await inbox(edd.id)).toEqual([]);
  });

  it("tell the assignee of a claim changed by someone else, in one unread notice kept fresh", async () => {
    const claim = await newClaim(t.db, bulletin, "公园4.5万平方米");
    await assignClaims(t.db, people.editor, [ref(claim)], people.reviewer2.id);
    await setTags(t.db, people.editor2, ref(await fresh(claim.id)), ["园林"]);
    await setPriority(t.db, people.editor2, ref(await fresh(claim.id)), "HIGH");
    const changed = (await inbox(people.reviewer2.id)).filter((n) => n.kind === "CHANGED" && n.claimId === claim.id);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ actor: "Eli Editor", params: { action: "claim.priority" } });
    // Their own change tells them nothing.
    await setPriority(t.db, people.reviewer2, ref(await fresh(claim.id)), "LOW");
    expect((await inbox(people.reviewer2.id)).filter((n) => n.kind === "CHANGED" && n.claimId === claim.id)).toHaveLength(1);
  });

  it("answer only newer ones for the live poll, and mark only the user's own read", async () => {
    const since = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const claim = await newClaim(t.db, bulletin, "医院3家");
    await assignClaims(t.db, people.editor, [ref(claim)], people.reviewer.id);
    const newer = await notificationsOf(t.db, people.reviewer.id, since);
    expect(newer.notifications.map((n) => n.kind)).toEqual(["ASSIGNED"]);
    const unread = newer.unread;
    expect(unread).toBeGreaterThan(1);

    // Someone else's ids mark nothing; the reviewer's own listed ids are marked, then all the rest.
    expect(await markRead(t.db, people.reviewer2.id, [newer.notifications[0].id])).toBe(0);
    expect((await notificationsOf(t.db, people.reviewer.id)).unread).toBe(unread);
    expect(await markRead(t.db, people.reviewer.id, [newer.notifications[0].id])).toBe(1);
    expect(await markRead(t.db, people.reviewer.id)).toBe(unread - 1);
    const after = await notificationsOf(t.db, people.reviewer.id);
    expect(after.unread).toBe(0);
    expect(after.notifications.every((n) => n.read)).toBe(true);
  });

  it("of a deleted bulletin are no longer listed or counted", async () => {
    const other = await importFixture(t.db, people.editor, { title: "将被删除的通报" });
    await assignClaims(t.db, people.editor, [ref(other.claims[0])], people.reviewer.id);
    expect((await notificationsOf(t.db, people.reviewer.id)).unread).toBe(1);
    await deleteBulletin(t.db, people.editor, other.id, "将被删除的通报");
    const after = await notificationsOf(t.db, people.reviewer.id);
    expect(after.unread).toBe(0);
    expect(after.notifications.some((n) => n.bulletinId === other.id)).toBe(false);
  });
});
