import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteBulletin, restoreBulletin } from "@/lib/bulletins/delete";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, type People } from "@/lib/testing/workspace-fixtures";
import { hashSecret } from "./secret";
import { loadPublicReport } from "@/lib/reports/public";
import { bulletinForShare, createShareLink, listShareLinks, openShareLink, revokeShareLink } from "./share-links";

// A text written for these tests.
const LIBRARY_NOTE = "The county library lent 84,000 books in 2024. Its mobile van visited 37 villages each month.";

let t: TestDb;
let people: People;
let bulletinId: string;
beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletinId = (await importFixture(t.db, people.editor, { title: "Library year in numbers", originalText: LIBRARY_NOTE, language: "en" })).id;
});
afterAll(async () => t?.cleanup());

const linkRow = (id: string) => t.db.shareLink.findUniqueOrThrow({ where: { id } });
const auditOf = (id: string, action: string) =>
  t.db.auditEntry.findMany({ where: { entityType: "ShareLink", entityId: id, action } });

async function freshBulletin(title: string, originalText = LIBRARY_NOTE) {
  return (await importFixture(t.db, people.editor, { title, originalText, language: "en" })).id;
}

describe("createShareLink", () => {
  it("an editor gets a secret link that opens the bulletin; only its hash is stored", async () => {
    const { id, secret } = await createShareLink(t.db, people.editor, bulletinId);
    expect(secret).toMatch(/^share_[A-Za-z0-9_-]{43}$/);
    const row = await linkRow(id);
    expect(row).toMatchObject({ bulletinId, createdById: people.editor.id, revokedAt: null });
    expect(row.tokenHash).not.toBe(secret);
    expect(row.tokenHash).toBe(hashSecret(secret));
    for (const value of Object.values(row)) {
      if (typeof value === "string") expect(value).not.toContain(secret);
    }
    expect(await bulletinForShare(t.db, secret)).toBe(bulletinId);
  });

  it("logs share.create against the bulletin, without the secret", async () => {
    const { id, secret } = await createShareLink(t.db, people.editor2, bulletinId);
    const entries = await auditOf(id, "share.create");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: people.editor2.id, bulletinId });
    for (const entry of await t.db.auditEntry.findMany()) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it("an administrator may share too", async () => {
    const { id, secret } = await createShareLink(t.db, people.admin, bulletinId);
    expect((await linkRow(id)).createdById).toBe(people.admin.id);
    expect(await bulletinForShare(t.db, secret)).toBe(bulletinId);
  });

  it("refuses a reviewer and a deactivated editor, storing no link", async () => {
    const before = await t.db.shareLink.count();
    await expectAppError(createShareLink(t.db, people.reviewer, bulletinId), "forbidden");
    await expectAppError(createShareLink(t.db, people.inactiveEditor, bulletinId), "forbidden");
    expect(await t.db.shareLink.count()).toBe(before);
    expect(await t.db.auditEntry.count({ where: { action: "share.create", actorId: { in: [people.reviewer.id, people.inactiveEditor.id] } } })).toBe(0);
  });

  it("refuses a deleted or missing bulletin as not found, storing no link", async () => {
    const gone = await freshBulletin("Withdrawn library note");
    await deleteBulletin(t.db, people.editor, gone, "Withdrawn library note");
    const before = await t.db.shareLink.count();
    await expectAppError(createShareLink(t.db, people.editor, gone), "not_found");
    await expectAppError(createShareLink(t.db, people.editor, "no-such-bulletin"), "not_found");
    expect(await t.db.shareLink.count()).toBe(before);
  });

  it("lists a bulletin's links without their hashes", async () => {
    const other = await freshBulletin("Listed library note");
    const { id } = await createShareLink(t.db, people.editor, other);
    const list = await listShareLinks(t.db, other);
    expect(list.map((l) => l.id)).toEqual([id]);
    expect(list[0]).toMatchObject({ createdBy: { name: "Edda Editor" }, revokedAt: null });
    expect(list[0]).not.toHaveProperty("tokenHash");
  });
});

describe("bulletinForShare", () => {
  it("is null for a wrong secret, including the stored hash itself", async () => {
    const { id, secret } = await createShareLink(t.db, people.editor, bulletinId);
    const row = await linkRow(id);
    for (const wrong of [secret.slice(0, -1), secret + "x", secret.toUpperCase(), "", "share_", row.tokenHash]) {
      expect(await bulletinForShare(t.db, wrong), JSON.stringify(wrong)).toBeNull();
    }
  });

  it("is null once the bulletin is deleted, and stays null once it is restored (the link was revoked)", async () => {
    const id = await freshBulletin("Library note to delete");
    const { secret } = await createShareLink(t.db, people.editor, id);
    expect(await bulletinForShare(t.db, secret)).toBe(id);
    await deleteBulletin(t.db, people.editor, id, "Library note to delete");
    expect(await bulletinForShare(t.db, secret)).toBeNull();
    await restoreBulletin(t.db, people.editor, id);
    expect(await bulletinForShare(t.db, secret)).toBeNull();
  });
});

describe("revokeShareLink", () => {
  it("closes the link, logs share.revoke, and leaves the bulletin's other links open", async () => {
    const kept = await createShareLink(t.db, people.editor, bulletinId);
    const revoked = await createShareLink(t.db, people.editor, bulletinId);
    await revokeShareLink(t.db, people.editor2, revoked.id);
    expect((await linkRow(revoked.id)).revokedAt).toBeInstanceOf(Date);
    expect(await bulletinForShare(t.db, revoked.secret)).toBeNull();
    expect(await bulletinForShare(t.db, kept.secret)).toBe(bulletinId);
    expect((await linkRow(kept.id)).revokedAt).toBeNull();
    const entries = await auditOf(revoked.id, "share.revoke");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: people.editor2.id, bulletinId });
  });

  it("refuses a reviewer, and the link keeps working", async () => {
    const { id, secret } = await createShareLink(t.db, people.editor, bulletinId);
    await expectAppError(revokeShareLink(t.db, people.reviewer, id), "forbidden");
    expect((await linkRow(id)).revokedAt).toBeNull();
    expect(await bulletinForShare(t.db, secret)).toBe(bulletinId);
    expect(await auditOf(id, "share.revoke")).toEqual([]);
  });

  it("is not found for a link that does not exist", async () => {
    await expectAppError(revokeShareLink(t.db, people.editor, "no-such-link"), "not_found");
  });

  it("revoking twice keeps the first revocation time and logs once", async () => {
    const { id } = await createShareLink(t.db, people.admin, bulletinId);
    await revokeShareLink(t.db, people.admin, id);
    const first = (await linkRow(id)).revokedAt;
    await revokeShareLink(t.db, people.editor, id);
    expect((await linkRow(id)).revokedAt).toEqual(first);
    expect(await auditOf(id, "share.revoke")).toHaveLength(1);
  });
});

describe("what a share link shows", () => {
  it("a deleted then restored bulletin's link stays dead", async () => {
    const id = await freshBulletin("Deleted and restored");
    const title = (await t.db.bulletin.findUniqueOrThrow({ where: { id } })).title;
    const { secret } = await createShareLink(t.db, people.editor, id);
    await deleteBulletin(t.db, people.editor, id, title);
    await restoreBulletin(t.db, people.editor, id);
    expect(await bulletinForShare(t.db, secret)).toBeNull();
    const fresh = await createShareLink(t.db, people.editor, id);
    expect(await bulletinForShare(t.db, fresh.secret)).toBe(id);
  });

  it("loads only published claims whatever else the bulletin holds, even a verdict filter naming the others", async () => {
    const id = await freshBulletin("Mixed statuses", `${LIBRARY_NOTE} Its reading room opened 6 days a week.`);
    const claims = await t.db.claim.findMany({ where: { bulletinId: id }, orderBy: { start: "asc" } });
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const published = { status: "VERIFIED", verdict: "ACCURATE", rationale: "Checked.", publishedAt: new Date(), publishedById: people.editor.id } as const;
    await t.db.claim.update({ where: { id: claims[0].id }, data: published });
    await t.db.claim.update({ where: { id: claims[1].id }, data: { status: "IN_REVIEW", verdict: "INACCURATE", rationale: "Draft rationale." } });
    await t.db.claim.update({ where: { id: claims[2].id }, data: { status: "VERIFIED", verdict: "MISLEADING", rationale: "Verified, not yet published." } });
    const shown = async (verdict?: "ACCURATE" | "INACCURATE" | "MISLEADING") => {
      const report = await loadPublicReport(t.db, id, { baseUrl: "http://localhost", reportUrl: "http://localhost/share/x", verdict });
      const out = [];
      for await (const claim of report!.claims) out.push(claim);
      return out;
    };
    const all = await shown();
    expect(all.map((c) => c.id)).toEqual([claims[0].id]);
    expect(JSON.stringify(all)).not.toMatch(/Draft rationale|not yet published/);
    expect(await shown("INACCURATE")).toEqual([]);
    expect(await shown("MISLEADING")).toEqual([]);
    expect((await shown("ACCURATE")).map((c) => c.id)).toEqual([claims[0].id]);
  });
});

describe("guessing share links", () => {
  it("an address that opened 30 unknown links waits, even for a real one; another address does not", async () => {
    const { secret } = await createShareLink(t.db, people.editor, bulletinId);
    const now = new Date("2030-05-01T10:00:00Z");
    for (let i = 0; i < 30; i++) expect(await openShareLink(t.db, `share_guess${i}`, "203.0.113.77", now)).toBeNull();
    expect(await openShareLink(t.db, secret, "203.0.113.77", now)).toEqual({ retryInMinutes: 15 });
    expect(await openShareLink(t.db, secret, "198.51.100.1", now)).toEqual({ bulletinId });
  });
});
