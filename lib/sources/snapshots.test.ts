import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, type Person } from "@/lib/testing/workspace-fixtures";
import { publicSnapshot } from "@/lib/reports/public";
import { createShareLink, openShareLink, revokeShareLink } from "@/lib/tokens/share-links";
import { addEvidence } from "./evidence";
import { addSnapshot, addSourceToClaim, attachSource } from "./service";
import { snapshotById } from "./snapshots";

vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

const FIRST = "市教育局通报：一季度全市新建学校12所，另有3所在建。";
const SECOND = "教育局年报：全年招聘教师240名，在校学生人数增长5%。";
const OTHER = "市卫健委通报：一季度新建医院3家。";

let t: TestDb;
let editor: Person;
// Bulletin A quotes the first snapshot of a library source; bulletin B quotes its second one.
// A's other claim has a source attached but never quoted.
const ids = { a: "", b: "", first: "", second: "", unquoted: "", secretA: "", secretB: "", linkA: "", unpublished: "" };

beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  const people = await createPeople(t.db);
  editor = people.editor;
  const reviewer = people.reviewer;
  const a = await importFixture(t.db, editor, { title: "通报甲" });
  const b = await importFixture(t.db, editor, { title: "通报乙" });
  ids.a = a.id;
  ids.b = b.id;
  const schoolA = claimWithText(a.claims, "本市共新建学校约12所");
  const schoolB = claimWithText(b.claims, "本市共新建学校约12所");
  const hospitalA = claimWithText(a.claims, "医院3家");

  const { sourceId } = await addSourceToClaim(t.db, reviewer, schoolA.id, { url: "https://edu.example.gov/q1", title: "教育局通报", kind: "OFFICIAL", credibility: 5 }, FIRST, "text/plain");
  const first = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
  ids.first = first.id;
  const at = FIRST.indexOf("新建学校12所");
  await addEvidence(t.db, reviewer, { claimId: schoolA.id, sourceId, snapshotId: first.id, start: at, end: at + 7, stance: "SUPPORTS" });

  // The newer snapshot no longer holds A's quote, so A's evidence stays on the first one.
  await attachSource(t.db, reviewer, schoolB.id, sourceId);
  const { snapshotId } = await addSnapshot(t.db, reviewer, sourceId, SECOND, "text/plain");
  ids.second = snapshotId;
  const bt = SECOND.indexOf("招聘教师240名");
  await addEvidence(t.db, reviewer, { claimId: schoolB.id, sourceId, snapshotId, start: bt, end: bt + 8, stance: "CONTEXT" });

  const other = await addSourceToClaim(t.db, reviewer, hospitalA.id, { title: "卫健委通报", kind: "OFFICIAL", credibility: 4 }, OTHER, "text/plain");
  ids.unquoted = (await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: other.sourceId } })).id;

  // The quoting claims are verified and published, written directly: this tests the scoping itself.
  ids.unpublished = (await t.db.claim.findFirstOrThrow({ where: { bulletinId: a.id, id: { notIn: [schoolA.id, hospitalA.id] } } })).id;
  for (const id of [schoolA.id, schoolB.id]) {
    await t.db.claim.update({ where: { id }, data: { status: "VERIFIED", verdict: "ACCURATE", publishedAt: new Date(), publishedById: editor.id } });
  }
  const linkA = await createShareLink(t.db, editor, a.id);
  ids.secretA = linkA.secret;
  ids.linkA = linkA.id;
  ids.secretB = (await createShareLink(t.db, editor, b.id)).secret;
});
afterAll(async () => t?.cleanup());

/** What the share page does: the link's bulletin, then the snapshot if that bulletin quotes it. */
async function openShared(secret: string, snapshotId: string) {
  const opened = await openShareLink(t.db, secret, "192.0.2.10");
  return opened && "bulletinId" in opened ? publicSnapshot(t.db, opened.bulletinId, snapshotId) : null;
}

describe("the snapshots a share link shows", () => {
  it("opens the snapshot quoted in the link's own bulletin, with its text and source", async () => {
    const shown = await openShared(ids.secretA, ids.first);
    expect(shown).toMatchObject({ id: ids.first, text: FIRST, source: { title: "教育局通报", url: "https://edu.example.gov/q1" } });
    expect(await openShared(ids.secretB, ids.second)).toMatchObject({ id: ids.second, text: SECOND });
  });

  it("does not open a snapshot quoted only by a published claim that is no longer verified", async () => {
    await t.db.claim.updateMany({ where: { evidence: { some: { snapshotId: ids.first } } }, data: { status: "IN_REVIEW" } });
    expect(await openShared(ids.secretA, ids.first)).toBeNull();
    await t.db.claim.updateMany({ where: { evidence: { some: { snapshotId: ids.first } } }, data: { status: "VERIFIED" } });
    expect(await openShared(ids.secretA, ids.first)).toMatchObject({ id: ids.first });
  });

  it("does not open a snapshot of the same source quoted only in another bulletin", async () => {
    const quoted = await t.db.evidence.findMany({ where: { snapshotId: { in: [ids.first, ids.second] } }, select: { snapshotId: true, claim: { select: { bulletinId: true } } } });
    expect(quoted.map((e) => [e.snapshotId, e.claim.bulletinId]).sort()).toEqual([[ids.first, ids.a], [ids.second, ids.b]].sort());
    expect(await openShared(ids.secretA, ids.second)).toBeNull();
    expect(await openShared(ids.secretB, ids.first)).toBeNull();
  });

  it("does not open a snapshot attached to the bulletin's claim but never quoted, nor an unknown id", async () => {
    // The snapshot exists and the signed-in view would show it.
    expect(await snapshotById((await t.db.sourceSnapshot.findUniqueOrThrow({ where: { id: ids.unquoted } })).sourceId, ids.unquoted)).not.toBeNull();
    expect(await openShared(ids.secretA, ids.unquoted)).toBeNull();
    expect(await openShared(ids.secretA, "no-such-snapshot")).toBeNull();
  });

  it("does not open a snapshot quoted only by a claim that is verified but not published", async () => {
    const passage = OTHER.indexOf("新建医院3家");
    const { sourceId } = await addSourceToClaim(t.db, editor, ids.unpublished, { title: "卫健委年报", kind: "OFFICIAL", credibility: 4 }, OTHER, "text/plain");
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
    await addEvidence(t.db, editor, { claimId: ids.unpublished, sourceId, snapshotId: snapshot.id, start: passage, end: passage + 6, stance: "SUPPORTS" });
    await t.db.claim.update({ where: { id: ids.unpublished }, data: { status: "VERIFIED", verdict: "ACCURATE" } });
    expect(await openShared(ids.secretA, snapshot.id)).toBeNull();
    await t.db.claim.update({ where: { id: ids.unpublished }, data: { publishedAt: new Date(), publishedById: editor.id } });
    expect(await openShared(ids.secretA, snapshot.id)).toMatchObject({ id: snapshot.id });
  });

  it("opens nothing once the link is revoked or the bulletin deleted", async () => {
    await revokeShareLink(t.db, editor, ids.linkA);
    expect(await openShared(ids.secretA, ids.first)).toBeNull();
    await t.db.bulletin.update({ where: { id: ids.b }, data: { deletedAt: new Date() } });
    expect(await openShared(ids.secretB, ids.second)).toBeNull();
    expect(await openShared("share_not-a-real-secret", ids.first)).toBeNull();
  });
});
