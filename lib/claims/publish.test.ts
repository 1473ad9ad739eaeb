import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  claimWithText, createPeople, EN_BULLETIN, expectAppError, importFixture, makeProposable, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { publishClaims, unpublishClaims } from "./publish";
import { approveVerdict, proposeVerdict, reopenClaim } from "./steps";

// Written for these tests: four statements a council's note could make.
const NOTE = [
  "The council opened 14 libraries in 2023.",
  "Bus fares fell by 8% in March.",
  "The mayor said the city planted 3,000 trees.",
  "Recycling rose to 41% of household waste.",
].join(" ");

let t: TestDb;
let people: People;

beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
}, 60_000);
afterAll(async () => t?.cleanup());

const row = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });

/** A bulletin whose first two claims are verified, the third in review and the fourth untouched. */
async function bulletinWithVerifiedClaims() {
  const bulletin = await importFixture(t.db, people.editor, { title: "Council note", originalText: NOTE, language: "en" });
  const [libraries, fares, trees, recycling] = [
    "The council opened 14 libraries in 2023.", "Bus fares fell by 8% in March.",
    "The mayor said the city planted 3,000 trees.", "Recycling rose to 41% of household waste.",
  ].map((text) => claimWithText(bulletin.claims, text).id);
  for (const id of [libraries, fares]) {
    const ready = await makeProposable(t.db, people.reviewer, id);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(ready), "ACCURATE", "The register agrees.");
    await approveVerdict(t.db, people.editor2, ref(proposed));
  }
  const ready = await makeProposable(t.db, people.reviewer, trees);
  await proposeVerdict(t.db, people.reviewer, ref(ready), "MOSTLY_ACCURATE", "Close.");
  return { bulletinId: bulletin.id, libraries, fares, trees, recycling };
}

async function audit(id: string) {
  return t.db.auditEntry.findMany({ where: { entityType: "Claim", entityId: id, action: { in: ["claim.publish", "claim.unpublish"] } }, orderBy: { at: "asc" } });
}

describe("publishing claims", () => {
  it("an editor publishes one verified claim: dated, signed, versioned and audited", async () => {
    const b = await bulletinWithVerifiedClaims();
    const before = await row(b.libraries);
    expect(before.publishedAt).toBeNull();
    const result = await publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(before)] });
    expect(result).toEqual({ published: 1 });
    const after = await row(b.libraries);
    expect(after.publishedAt).toBeInstanceOf(Date);
    expect(after.publishedById).toBe(people.editor.id);
    expect(after.version).toBe(before.version + 1);
    expect((await row(b.fares)).publishedAt).toBeNull();
    const entries = await audit(b.libraries);
    expect(entries.map((e) => [e.action, e.actorId, e.bulletinId])).toEqual([["claim.publish", people.editor.id, b.bulletinId]]);
    expect(JSON.parse(entries[0].after!)).toEqual({ publishedAt: after.publishedAt!.toISOString() });
  });

  it("publishes a selection, or every verified claim not yet published, and nothing else", async () => {
    const b = await bulletinWithVerifiedClaims();
    expect(await publishClaims(t.db, people.admin, { bulletinId: b.bulletinId, allVerified: true })).toEqual({ published: 2 });
    expect((await row(b.libraries)).publishedAt).not.toBeNull();
    expect((await row(b.fares)).publishedAt).not.toBeNull();
    expect((await row(b.trees)).publishedAt).toBeNull();
    expect((await row(b.recycling)).publishedAt).toBeNull();
    // Nothing left to publish: no change and no audit entry.
    const version = (await row(b.libraries)).version;
    expect(await publishClaims(t.db, people.admin, { bulletinId: b.bulletinId, allVerified: true })).toEqual({ published: 0 });
    expect((await row(b.libraries)).version).toBe(version);
    expect(await audit(b.libraries)).toHaveLength(1);
  });

  it.each(["reviewer", "inactiveEditor"] as const)("refuses %s, changing nothing", async (who) => {
    const b = await bulletinWithVerifiedClaims();
    await expectAppError(publishClaims(t.db, people[who], { bulletinId: b.bulletinId, claims: [ref(await row(b.libraries))] }), "forbidden");
    await expectAppError(publishClaims(t.db, people[who], { bulletinId: b.bulletinId, allVerified: true }), "forbidden");
    expect((await row(b.libraries)).publishedAt).toBeNull();
  });

  it("refuses a claim that is not verified, and then publishes none of the selection", async () => {
    const b = await bulletinWithVerifiedClaims();
    for (const id of [b.trees, b.recycling]) {
      const error = await expectAppError(
        publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(await row(b.libraries)), ref(await row(id))] }),
        "conflict",
      );
      expect(error.message).toContain("Only a verified claim can be published");
    }
    expect((await row(b.libraries)).publishedAt).toBeNull();
    expect(await audit(b.libraries)).toEqual([]);
  });

  it("refuses a claim changed since the editor saw it, one already published, or one of another bulletin", async () => {
    const b = await bulletinWithVerifiedClaims();
    const seen = await row(b.libraries);
    await publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(seen)] });
    await expectAppError(publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(seen)] }), "conflict");
    const again = await expectAppError(publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(await row(b.libraries))] }), "conflict");
    expect(again.message).toBe("This claim is already published.");
    const other = await importFixture(t.db, people.editor, { originalText: EN_BULLETIN, language: "en" });
    await expectAppError(publishClaims(t.db, people.editor, { bulletinId: other.id, claims: [ref(await row(b.fares))] }), "not_found");
    expect((await row(b.fares)).publishedAt).toBeNull();
  });

  it("unpublishes, audited; a claim that is not published cannot be unpublished", async () => {
    const b = await bulletinWithVerifiedClaims();
    await publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, allVerified: true });
    expect(await unpublishClaims(t.db, people.editor2, b.bulletinId, [ref(await row(b.fares))])).toEqual({ unpublished: 1 });
    const fares = await row(b.fares);
    expect([fares.publishedAt, fares.publishedById]).toEqual([null, null]);
    expect((await audit(b.fares)).map((e) => [e.action, e.actorId])).toEqual([["claim.publish", people.editor.id], ["claim.unpublish", people.editor2.id]]);
    await expectAppError(unpublishClaims(t.db, people.editor, b.bulletinId, [ref(fares)]), "conflict");
    await expectAppError(unpublishClaims(t.db, people.reviewer, b.bulletinId, [ref(await row(b.libraries))]), "forbidden");
    expect((await row(b.libraries)).publishedAt).not.toBeNull();
  });

  it("reopening a published claim takes it out of public view", async () => {
    const b = await bulletinWithVerifiedClaims();
    await publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, claims: [ref(await row(b.libraries))] });
    await reopenClaim(t.db, people.editor2, ref(await row(b.libraries)), "New figures came out.");
    const reopened = await row(b.libraries);
    expect(reopened.status).toBe("IN_PROGRESS");
    expect([reopened.publishedAt, reopened.publishedById]).toEqual([null, null]);
    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { entityId: b.libraries, action: "claim.reopen" } });
    expect(JSON.parse(entry.after!)).toMatchObject({ publishedAt: null });
  });

  it("refuses the claims of a deleted bulletin", async () => {
    const b = await bulletinWithVerifiedClaims();
    const bulletin = await t.db.bulletin.findUniqueOrThrow({ where: { id: b.bulletinId } });
    await deleteBulletin(t.db, people.editor, b.bulletinId, bulletin.title);
    await expectAppError(publishClaims(t.db, people.editor, { bulletinId: b.bulletinId, allVerified: true }), "not_found");
  });
});
