import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { publishClaims, unpublishClaims } from "@/lib/claims/publish";
import { approveVerdict, proposeVerdict } from "@/lib/claims/steps";
import { claimReviewReport, streamToString } from "@/lib/export";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  addQuotedEvidence, claimWithText, createPeople, importFixture, markFiguresNotCheckable, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { loadReport } from "./load";
import { collect } from "./params";
import { isPublished, loadPublicClaim, loadPublicReport, publicSnapshot, publishedClaimsOf } from "./public";

// Written for these tests: a water board's note.
const NOTE = [
  "The water board laid 120 km of new pipes in 2024.",
  "Leaks fell by 15% over the year.",
  "The board said 9 reservoirs are full.",
  "Bills will rise by 3% next April.",
].join(" ");
const BASE = "https://desk.example.org";
const SHARE = `${BASE}/share/share_secret`;

let t: TestDb;
let people: People;
let bulletinId: string;
const ids = { pipes: "", leaks: "", reservoirs: "", bills: "" };
let publishedSnapshot = "";
let unpublishedSnapshot = "";

beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  const bulletin = await importFixture(t.db, people.editor, { title: "Water board note", originalText: NOTE, language: "en", publishedOn: "2025-01-05" });
  bulletinId = bulletin.id;
  ids.pipes = claimWithText(bulletin.claims, "The water board laid 120 km of new pipes in 2024.").id;
  ids.leaks = claimWithText(bulletin.claims, "Leaks fell by 15% over the year.").id;
  ids.reservoirs = claimWithText(bulletin.claims, "The board said 9 reservoirs are full.").id;
  ids.bills = claimWithText(bulletin.claims, "Bills will rise by 3% next April.").id;
  // Pipes and leaks verified with evidence from two sources; only pipes gets published.
  const sources = [
    { id: ids.pipes, text: "Annual report: 120 km of pipes laid.", passage: "120 km of pipes laid", verdict: "ACCURATE" as const },
    { id: ids.leaks, text: "Leak register: leaks down 15%.", passage: "leaks down 15%", verdict: "MOSTLY_ACCURATE" as const },
  ];
  for (const s of sources) {
    const { snapshot } = await addQuotedEvidence(t.db, people.reviewer, s.id, { text: s.text, passage: s.passage });
    if (s.id === ids.pipes) publishedSnapshot = snapshot.id;
    else unpublishedSnapshot = snapshot.id;
    const checked = await markFiguresNotCheckable(t.db, people.reviewer, s.id);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(checked), s.verdict, "Matches the source.");
    await approveVerdict(t.db, people.editor2, ref(proposed));
  }
  await publishClaims(t.db, people.editor, { bulletinId, claims: [ref(await t.db.claim.findUniqueOrThrow({ where: { id: ids.pipes } }))] });
}, 120_000);
afterAll(async () => t?.cleanup());

const publicReport = async (verdict?: "ACCURATE" | "MOSTLY_ACCURATE") => {
  const r = await loadPublicReport(t.db, bulletinId, { baseUrl: BASE, reportUrl: SHARE, verdict });
  if (!r) throw new Error("expected a report");
  return { bulletin: r.bulletin, claims: await collect(r.claims), report: r };
};

describe("the public report", () => {
  it("shows published claims only, never verified ones waiting to be published", async () => {
    const { bulletin, claims } = await publicReport();
    expect(claims.map((c) => c.id)).toEqual([ids.pipes]);
    expect(bulletin.audience).toBe("public");
    expect(claims[0].publishedBy).toBe("Edda Editor");
    expect((await publicReport("MOSTLY_ACCURATE")).claims).toEqual([]);
    // Internally both verified claims are there.
    const internal = await loadReport(t.db, bulletinId, { scope: "verified" }, { baseUrl: BASE });
    expect((await collect(internal!.claims)).map((c) => c.id)).toEqual([ids.pipes, ids.leaks]);
  });

  it("counts the whole bulletin but reveals nothing of unpublished work", async () => {
    const { bulletin } = await publicReport();
    expect(bulletin.summary).toMatchObject({ total: 4, verified: 1, published: 1, shown: 1 });
    expect(bulletin.summary.byVerdict).toEqual({ ACCURATE: 1, MOSTLY_ACCURATE: 0, MISLEADING: 0, INACCURATE: 0, UNVERIFIABLE: 0 });
    const internal = await loadReport(t.db, bulletinId, { scope: "all" }, { baseUrl: BASE });
    expect(internal!.bulletin.summary).toMatchObject({ total: 4, verified: 2, published: 1, byVerdict: { ACCURATE: 1, MOSTLY_ACCURATE: 1 } });
  });

  it("links each claim to its own public page under the share link", async () => {
    const { report } = await publicReport();
    const reviews = JSON.parse(await streamToString(claimReviewReport(report))) as { url: string; datePublished: string }[];
    const row = await t.db.claim.findUniqueOrThrow({ where: { id: ids.pipes } });
    expect(reviews).toEqual([expect.objectContaining({ url: `${SHARE}/claims/${ids.pipes}`, datePublished: row.publishedAt!.toISOString().slice(0, 10) })]);
  });

  it("ClaimReview from the internal export also lists published claims only", async () => {
    const internal = await loadReport(t.db, bulletinId, { scope: "all" }, { baseUrl: BASE });
    const reviews = JSON.parse(await streamToString(claimReviewReport(internal!))) as { url: string }[];
    expect(reviews.map((r) => r.url)).toEqual([`${BASE}/bulletins/${bulletinId}/report#claim-${ids.pipes}`]);
  });

  it("opens one published claim, and no other", async () => {
    const found = await loadPublicClaim(t.db, bulletinId, ids.pipes, { baseUrl: BASE, reportUrl: SHARE });
    expect(found?.claim.id).toBe(ids.pipes);
    expect(found?.claim.number).toBe(1);
    for (const id of [ids.leaks, ids.reservoirs, "no-such-claim"]) {
      expect(await loadPublicClaim(t.db, bulletinId, id, { baseUrl: BASE, reportUrl: SHARE }), id).toBeNull();
    }
    const other = await importFixture(t.db, people.editor, { title: "Other", originalText: "The port moved 5 ships.", language: "en" });
    expect(await loadPublicClaim(t.db, other.id, ids.pipes, { baseUrl: BASE, reportUrl: SHARE })).toBeNull();
  });

  it("shows a snapshot only when a published claim quotes it", async () => {
    expect((await publicSnapshot(t.db, bulletinId, publishedSnapshot))?.id).toBe(publishedSnapshot);
    expect(await publicSnapshot(t.db, bulletinId, unpublishedSnapshot)).toBeNull();
  });

  it("agrees with isPublished on every claim, and follows unpublishing at once", async () => {
    const all = await collect((await loadReport(t.db, bulletinId, { scope: "all" }, { baseUrl: BASE }))!.claims);
    const published = new Set((await t.db.claim.findMany({ where: publishedClaimsOf(bulletinId), select: { id: true } })).map((c) => c.id));
    for (const c of all) expect(isPublished(c), c.statement).toBe(published.has(c.id));
    await unpublishClaims(t.db, people.editor, bulletinId, [ref(await t.db.claim.findUniqueOrThrow({ where: { id: ids.pipes } }))]);
    try {
      expect((await publicReport()).claims).toEqual([]);
      expect(await publicSnapshot(t.db, bulletinId, publishedSnapshot)).toBeNull();
    } finally {
      await publishClaims(t.db, people.editor, { bulletinId, claims: [ref(await t.db.claim.findUniqueOrThrow({ where: { id: ids.pipes } }))] });
    }
  });

  it("is gone with its bulletin", async () => {
    const bulletin = await importFixture(t.db, people.editor, { title: "Short-lived", originalText: "The board hired 12 engineers.", language: "en" });
    const claim = await markFiguresNotCheckable(t.db, people.reviewer, bulletin.claims[0].id);
    const proposed = await proposeVerdict(t.db, people.reviewer, ref(claim), "UNVERIFIABLE", "No list.");
    const approved = await approveVerdict(t.db, people.editor2, ref(proposed));
    await publishClaims(t.db, people.editor, { bulletinId: bulletin.id, claims: [ref(approved)] });
    expect(await loadPublicClaim(t.db, bulletin.id, claim.id, { baseUrl: BASE, reportUrl: SHARE })).not.toBeNull();
    await deleteBulletin(t.db, people.editor, bulletin.id, bulletin.title);
    expect(await loadPublicClaim(t.db, bulletin.id, claim.id, { baseUrl: BASE, reportUrl: SHARE })).toBeNull();
    expect(await loadPublicReport(t.db, bulletin.id, { baseUrl: BASE, reportUrl: SHARE })).toBeNull();
  });
});
