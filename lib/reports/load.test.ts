import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteBulletin } from "@/lib/bulletins/delete";
import { mergeClaims, setDismissed } from "@/lib/claims/edit";
import { recordFigureCheck } from "@/lib/claims/figure-checks";
import { approveVerdict, proposeVerdict } from "@/lib/claims/steps";
import type { ReportClaim } from "@/lib/export/model";
import { addEvidence } from "@/lib/sources/evidence";
import { addSourceToClaim } from "@/lib/sources/service";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import {
  claimWithText, createPeople, importFixture, makeProposable, markFiguresNotCheckable, type People, ref,
} from "@/lib/testing/workspace-fixtures";
import { loadReport, type ReportScope } from "./load";
import { collect } from "./params";

// Texts written for these tests: a port authority's note and the register it cites.
const PORT_NOTE = [
  "The harbour authority registered 310 cargo ships in 2024.",
  "Container traffic grew by 7.4% to 2.6 million units, the port director said.",
  "Dredging the north channel cost $18 million.",
  "The minister said, “We will open a second terminal.”",
  "Fishing licences fell to 96 this spring.",
].join(" ");
const SHIPS = "The harbour authority registered 310 cargo ships in 2024.";
const CONTAINERS = "Container traffic grew by 7.4% to 2.6 million units, the port director said.";
const DREDGING = "Dredging the north channel cost $18 million.";
const MINISTER = "The minister said, “We will open a second terminal.”";
const FISHING = "Fishing licences fell to 96 this spring.";

const REGISTER = [
  "Harbour register, calendar year 2024",
  "Ships registered: 310 cargo vessels and 42 passenger vessels.",
  "The register closed on 31 December 2024.",
].join("\n");

const BASE = "https://claims.example.org";

let t: TestDb;
let people: People;
let bulletinId: string;
let otherBulletinId: string;
const ids: Record<"ships" | "containers" | "dredging" | "minister" | "fishing", string> = {
  ships: "", containers: "", dredging: "", minister: "", fishing: "",
};
let registerSourceId: string;
let registerSnapshotId: string;

const claimRow = (id: string) => t.db.claim.findUniqueOrThrow({ where: { id } });

async function report(scope: ReportScope, withHistory = false, id = bulletinId) {
  const r = await loadReport(t.db, id, scope, { baseUrl: BASE, withHistory });
  if (!r) throw new Error("expected a report");
  return { bulletin: r.bulletin, claims: await collect(r.claims), iterable: r.claims };
}

beforeAll(async () => {
  t = await createTestDb();
  people = await createPeople(t.db);
  const { reviewer, reviewer2, editor, editor2 } = people;
  const bulletin = await importFixture(t.db, editor, {
    title: "Port authority quarterly note", originalText: PORT_NOTE, language: "en", publishedOn: "2025-02-10",
    publisher: "Port Authority", sourceUrl: "https://port.example/notes/q1",
  });
  bulletinId = bulletin.id;
  ids.ships = claimWithText(bulletin.claims, SHIPS).id;
  ids.containers = claimWithText(bulletin.claims, CONTAINERS).id;
  ids.dredging = claimWithText(bulletin.claims, DREDGING).id;
  ids.minister = claimWithText(bulletin.claims, MINISTER).id;
  ids.fishing = claimWithText(bulletin.claims, FISHING).id;

  // Ships: checked against the register, a quote as evidence, proposed by Rita, approved by Eli.
  const ships = claimWithText(bulletin.claims, SHIPS);
  const { sourceId } = await addSourceToClaim(
    t.db, reviewer, ships.id,
    { url: "https://port.example/register-2024", title: "Harbour register 2024", publisher: "Port statistics unit", publishedOn: "2025-01-20", kind: "OFFICIAL", credibility: 4 },
    REGISTER, "text/plain",
  );
  registerSourceId = sourceId;
  registerSnapshotId = (await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } })).id;
  const passage = "310 cargo vessels";
  const at = REGISTER.indexOf(passage);
  await addEvidence(t.db, reviewer, {
    claimId: ships.id, sourceId, snapshotId: registerSnapshotId, start: at, end: at + passage.length, stance: "SUPPORTS", note: "Register, first table.",
  });
  let version = ships.version;
  for (const figure of ships.figures) {
    version = (await recordFigureCheck(t.db, reviewer, { id: ships.id, version }, figure.text === "310 cargo ships"
      ? { figureId: figure.id, result: "MATCHES", sourceId, snapshotId: registerSnapshotId, sourceStart: at, sourceEnd: at + passage.length, sourceValue: "310" }
      : { figureId: figure.id, result: "NOT_CHECKABLE", note: "A year, not a quantity." })).version;
  }
  const proposed = await proposeVerdict(t.db, reviewer, { id: ships.id, version }, "ACCURATE", "The register lists 310 cargo vessels.");
  await approveVerdict(t.db, editor2, ref(proposed));

  // Containers: dismissed while unverified.
  await setDismissed(t.db, reviewer, ref(await claimRow(ids.containers)), true, "Repeats the port's own release.");

  // Dredging: unverifiable, proposed by Ravi, approved by Edda.
  const dredging = await markFiguresNotCheckable(t.db, reviewer2, ids.dredging, "No contract has been published.");
  const dredgingProposed = await proposeVerdict(t.db, reviewer2, ref(dredging), "UNVERIFIABLE", "No contract has been published.");
  await approveVerdict(t.db, editor, ref(dredgingProposed));

  // Fishing: proposed mostly accurate and waiting for review. Minister: untouched.
  const fishing = await makeProposable(t.db, reviewer, ids.fishing);
  await proposeVerdict(t.db, reviewer, ref(fishing), "MOSTLY_ACCURATE", "The licence office counts 97.");

  // Another bulletin with a verified claim, which must never appear in this bulletin's report.
  const other = await importFixture(t.db, editor, { title: "Other note", originalText: "The ferry line carried 5,400 passengers in March.", language: "en" });
  otherBulletinId = other.id;
  const otherClaim = await markFiguresNotCheckable(t.db, reviewer, other.claims[0].id);
  const otherProposed = await proposeVerdict(t.db, reviewer, ref(otherClaim), "UNVERIFIABLE", "No ferry log is public.");
  await approveVerdict(t.db, editor, ref(otherProposed));
}, 120_000);
afterAll(async () => t?.cleanup());

describe("loadReport: which bulletin", () => {
  it("is null for a bulletin that does not exist", async () => {
    expect(await loadReport(t.db, "no-such-bulletin", { scope: "all" }, { baseUrl: BASE })).toBeNull();
  });

  it("is null for a soft-deleted bulletin, though its rows are still there", async () => {
    const gone = await importFixture(t.db, people.editor, { title: "Withdrawn note", originalText: "The marina added 75 berths last summer.", language: "en" });
    expect(await loadReport(t.db, gone.id, { scope: "all" }, { baseUrl: BASE })).not.toBeNull();
    await deleteBulletin(t.db, people.editor, gone.id, gone.title);
    expect(await t.db.claim.count({ where: { bulletinId: gone.id } })).toBeGreaterThan(0);
    expect(await loadReport(t.db, gone.id, { scope: "all" }, { baseUrl: BASE })).toBeNull();
    expect(await loadReport(t.db, gone.id, { scope: "verified" }, { baseUrl: BASE })).toBeNull();
  });

  it("describes the bulletin and links to its report page under the base URL", async () => {
    const { bulletin } = await report({ scope: "verified" });
    const row = await t.db.bulletin.findUniqueOrThrow({ where: { id: bulletinId } });
    expect(bulletin).toMatchObject({
      id: bulletinId,
      title: "Port authority quarterly note",
      publisher: "Port Authority",
      publishedOn: "2025-02-10",
      language: "en",
      sourceUrl: "https://port.example/notes/q1",
      importedBy: "Edda Editor",
      importedAt: row.createdAt.toISOString(),
      cleanText: row.cleanText,
      baseUrl: BASE,
      reportUrl: `${BASE}/bulletins/${bulletinId}/report`,
    });
  });
});

describe("loadReport: which claims", () => {
  it("scope verified: only verified, non-dismissed claims of this bulletin, in bulletin order", async () => {
    const { claims } = await report({ scope: "verified" });
    expect(claims.map((c) => c.id)).toEqual([ids.ships, ids.dredging]);
    expect(claims.every((c) => c.status === "VERIFIED")).toBe(true);
  });

  it("scope verified leaves out a dismissed claim even when its row says verified", async () => {
    // No service verifies a dismissed claim, so the row is written directly: this tests the filter itself.
    const claim = await t.db.claim.create({
      data: { bulletinId, number: 999, start: PORT_NOTE.indexOf("2.6 million"), end: PORT_NOTE.indexOf("2.6 million") + 11, text: "2.6 million", statement: "2.6 million", status: "VERIFIED", verdict: "ACCURATE", dismissed: true },
    });
    try {
      const verified = await report({ scope: "verified" });
      expect(verified.claims.map((c) => c.id)).toEqual([ids.ships, ids.dredging]);
      expect(verified.bulletin.summary.shown).toBe(2);
      expect((await report({ scope: "all", verdict: "ACCURATE" })).claims.map((c) => c.id)).toEqual([ids.ships]);
    } finally {
      await t.db.claim.delete({ where: { id: claim.id } });
    }
  });

  it("scope all: every non-dismissed claim of this bulletin, in bulletin order, whatever its status", async () => {
    const { claims } = await report({ scope: "all" });
    const rows = await t.db.claim.findMany({ where: { bulletinId, dismissed: false }, orderBy: { start: "asc" } });
    expect(claims.map((c) => c.id)).toEqual(rows.map((r) => r.id));
    expect(claims.map((c) => c.id)).toEqual([ids.ships, ids.dredging, ids.minister, ids.fishing]);
    expect(claims.map((c) => c.status)).toEqual(["VERIFIED", "VERIFIED", "UNVERIFIED", "IN_REVIEW"]);
    expect(claims.map((c) => c.id)).not.toContain(ids.containers);
  });

  it("never lists another bulletin's claims, and the other bulletin's report holds only its own", async () => {
    const otherIds = (await t.db.claim.findMany({ where: { bulletinId: otherBulletinId } })).map((c) => c.id);
    const theirs = await report({ scope: "verified" }, false, otherBulletinId);
    expect(theirs.claims.map((c) => c.id)).toEqual(otherIds);
    expect(theirs.claims.map((c) => c.number)).toEqual([1]);
    const ours = await report({ scope: "all" });
    expect(ours.claims.map((c) => c.id).filter((id) => otherIds.includes(id))).toEqual([]);
  });

  it("a verdict filter keeps only verified claims with that verdict, in either scope", async () => {
    expect((await report({ scope: "verified", verdict: "ACCURATE" })).claims.map((c) => c.id)).toEqual([ids.ships]);
    expect((await report({ scope: "all", verdict: "UNVERIFIABLE" })).claims.map((c) => c.id)).toEqual([ids.dredging]);
    // The fishing claim carries MOSTLY_ACCURATE but is only proposed, not verified.
    expect((await claimRow(ids.fishing)).verdict).toBe("MOSTLY_ACCURATE");
    const mostly = await report({ scope: "all", verdict: "MOSTLY_ACCURATE" });
    expect(mostly.claims).toEqual([]);
    expect(mostly.bulletin.summary.shown).toBe(0);
    expect((await report({ scope: "verified", verdict: "INACCURATE" })).claims).toEqual([]);
  });

  it("numbers a claim by its place among the bulletin's non-dismissed claims, even in a filtered report", async () => {
    const all = await report({ scope: "all" });
    expect(all.claims.map((c) => [c.id, c.number])).toEqual([[ids.ships, 1], [ids.dredging, 2], [ids.minister, 3], [ids.fishing, 4]]);
    expect((await report({ scope: "verified" })).claims.map((c) => c.number)).toEqual([1, 2]);
    expect((await report({ scope: "verified", verdict: "UNVERIFIABLE" })).claims.map((c) => c.number)).toEqual([2]);
  });

  it("counts the whole bulletin in the summary, whatever the filter, and how many claims the report shows", async () => {
    // Dismissed claims are not part of the bulletin's work; the proposed MOSTLY_ACCURATE is no verdict yet.
    const whole = {
      total: 4,
      verified: 2,
      published: 0,
      byStatus: { UNVERIFIED: 1, IN_PROGRESS: 0, IN_REVIEW: 1, VERIFIED: 2 },
      byVerdict: { ACCURATE: 1, MOSTLY_ACCURATE: 0, MISLEADING: 0, INACCURATE: 0, UNVERIFIABLE: 1 },
    };
    const verified = await report({ scope: "verified" });
    expect(verified.bulletin.summary).toEqual({ ...whole, shown: 2 });
    const all = await report({ scope: "all" });
    expect(all.bulletin.summary).toEqual({ ...whole, shown: 4 });
    const filtered = await report({ scope: "all", verdict: "ACCURATE" });
    expect(filtered.bulletin.summary).toEqual({ ...whole, shown: 1 });
    for (const r of [verified, all, filtered]) expect(r.bulletin.summary.shown).toBe(r.claims.length);
    const rows = await t.db.claim.findMany({ where: { bulletinId, dismissed: false } });
    expect(whole.total).toBe(rows.length);
    for (const status of ["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED"] as const) {
      expect(whole.byStatus[status]).toBe(rows.filter((c) => c.status === status).length);
    }
  });

  it("claims can be iterated twice and give the same claims both times", async () => {
    const r = await loadReport(t.db, bulletinId, { scope: "all" }, { baseUrl: BASE });
    if (!r) throw new Error("expected a report");
    const first = await collect(r.claims);
    const second = await collect(r.claims);
    expect(first.map((c) => c.id)).toEqual([ids.ships, ids.dredging, ids.minister, ids.fishing]);
    expect(second).toEqual(first);
  });
});

describe("loadReport: what a claim carries", () => {
  let ships: ReportClaim;
  let dredging: ReportClaim;
  beforeAll(async () => {
    const { claims } = await report({ scope: "all" });
    ships = claims.find((c) => c.id === ids.ships)!;
    dredging = claims.find((c) => c.id === ids.dredging)!;
  });

  it("the verdict, rationale, who proposed and approved it, and when, as ISO dates", async () => {
    const row = await claimRow(ids.ships);
    expect(ships).toMatchObject({
      statement: SHIPS, text: SHIPS, start: row.start, end: row.end, kind: "STATISTIC",
      verdict: "ACCURATE", rationale: "The register lists 310 cargo vessels.",
      proposedBy: "Rita Reviewer", approvedBy: "Eli Editor",
      proposedAt: row.proposedAt!.toISOString(), approvedAt: row.approvedAt!.toISOString(),
    });
    expect(dredging).toMatchObject({ verdict: "UNVERIFIABLE", proposedBy: "Ravi Reviewer", approvedBy: "Edda Editor" });
    const { claims } = await report({ scope: "all" });
    expect(claims.find((c) => c.id === ids.minister)).toMatchObject({ kind: "QUOTE", verdict: null, proposedBy: null, proposedAt: null, approvedBy: null, approvedAt: null });
    expect(claims.find((c) => c.id === ids.fishing)).toMatchObject({ proposedBy: "Rita Reviewer", approvedBy: null, approvedAt: null });
  });

  it("figures in text order with their check, source value, source title and checker", async () => {
    const rows = await t.db.figure.findMany({ where: { claimId: ids.ships }, orderBy: { start: "asc" } });
    expect(ships.figures.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    const count = ships.figures.find((f) => f.text === "310 cargo ships");
    expect(count).toMatchObject({
      check: "MATCHES", sourceValue: "310", sourceId: registerSourceId, sourceTitle: "Harbour register 2024",
      checkedBy: "Rita Reviewer", value: "310",
    });
    const checkedAt = rows.find((r) => r.id === count!.id)!.checkedAt!;
    expect(count!.checkedAt).toBe(checkedAt.toISOString());
    expect(ships.figures.find((f) => f.text === "2024")).toMatchObject({
      check: "NOT_CHECKABLE", checkNote: "A year, not a quantity.", sourceValue: null, sourceId: null, sourceTitle: null, checkedBy: "Rita Reviewer",
    });
    expect(dredging.figures.map((f) => [f.text, f.check, f.checkedBy])).toEqual([["$18 million", "NOT_CHECKABLE", "Ravi Reviewer"]]);
  });

  it("evidence with its source, snapshot, quote and who added it", async () => {
    const snapshot = await t.db.sourceSnapshot.findUniqueOrThrow({ where: { id: registerSnapshotId } });
    const row = await t.db.evidence.findFirstOrThrow({ where: { claimId: ids.ships } });
    expect(ships.evidence).toHaveLength(1);
    expect(ships.evidence[0]).toMatchObject({
      id: row.id, stance: "SUPPORTS", note: "Register, first table.", exact: "310 cargo vessels",
      source: {
        id: registerSourceId, title: "Harbour register 2024", publisher: "Port statistics unit", publishedOn: "2025-01-20",
        url: "https://port.example/register-2024", kind: "OFFICIAL", credibility: 4,
      },
      snapshotId: registerSnapshotId,
      snapshotTakenAt: snapshot.takenAt.toISOString(),
      createdBy: "Rita Reviewer",
      createdAt: row.createdAt.toISOString(),
    });
    expect(REGISTER.slice(ships.evidence[0].start, ships.evidence[0].end)).toBe("310 cargo vessels");
    expect(dredging.evidence).toEqual([]);
  });

  it("no history unless asked for", async () => {
    const { claims } = await report({ scope: "all" });
    for (const claim of claims) expect(claim.history).toEqual([]);
  });

  it("with history: the claim's own audit entries, oldest first, with the actors' names", async () => {
    const { claims } = await report({ scope: "all" }, true);
    const byId = new Map(claims.map((c) => [c.id, c]));
    const ships = byId.get(ids.ships)!;
    const actions = ships.history.map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(["claim.evidence", "claim.figure-check", "claim.propose", "claim.approve"]));
    expect(actions.indexOf("claim.propose")).toBeLessThan(actions.indexOf("claim.approve"));
    expect(ships.history.find((h) => h.action === "claim.propose")).toMatchObject({ actor: "Rita Reviewer", after: expect.objectContaining({ verdict: "ACCURATE" }) });
    expect(ships.history.find((h) => h.action === "claim.approve")).toMatchObject({ actor: "Eli Editor", after: expect.objectContaining({ status: "VERIFIED" }) });
    const audit = await t.db.auditEntry.findMany({ where: { entityType: "Claim", entityId: ids.ships } });
    expect(ships.history).toHaveLength(audit.length);
    const ats = ships.history.map((h) => h.at);
    expect([...ats].sort()).toEqual(ats);

    expect(byId.get(ids.dredging)!.history.find((h) => h.action === "claim.approve")).toMatchObject({ actor: "Edda Editor" });
    // The untouched claim has no entries of its own, so none borrowed from its neighbours.
    expect(byId.get(ids.minister)!.history).toEqual([]);
  });
});

describe("loadReport: a bulletin longer than one page", () => {
  let longId: string;
  let rows: { id: string; start: number }[];
  beforeAll(async () => {
    const text = Array.from({ length: 300 }, (_, i) => `Ward ${i + 1} repaired ${2000 + i} street lamps.`).join(" ");
    const bulletin = await importFixture(t.db, people.editor, { title: "Street lighting ledger", originalText: text, language: "en" });
    longId = bulletin.id;
    // Dismiss a few so positions and pages no longer line up with row counts.
    const dismissed = [bulletin.claims[3].id, bulletin.claims[150].id, bulletin.claims[250].id];
    await t.db.claim.updateMany({ where: { id: { in: dismissed } }, data: { dismissed: true } });
    rows = await t.db.claim.findMany({ where: { bulletinId: longId, dismissed: false }, orderBy: { start: "asc" }, select: { id: true, start: true } });
  }, 120_000);

  it("has more than 200 claims to page through", () => {
    expect(rows.length).toBeGreaterThan(250);
  });

  it("yields every claim exactly once, in bulletin order, numbered 1…n, on each of two passes", async () => {
    const groups = await t.db.figure.groupBy({ by: ["claimId"], where: { claim: { bulletinId: longId } }, _count: { _all: true } });
    const figureCount = new Map(groups.map((g) => [g.claimId, g._count._all]));
    const r = await loadReport(t.db, longId, { scope: "all" }, { baseUrl: BASE });
    if (!r) throw new Error("expected a report");
    for (let pass = 0; pass < 2; pass++) {
      const claims = await collect(r.claims);
      expect(claims.map((c) => c.id)).toEqual(rows.map((row) => row.id));
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      expect(claims.map((c) => c.number)).toEqual(rows.map((_, i) => i + 1));
      expect(claims.map((c) => c.figures.length)).toEqual(rows.map((row) => figureCount.get(row.id) ?? 0));
    }
    expect(r.bulletin.summary.total).toBe(rows.length);
  });

  it("pages exactly 200 verified claims out of many, numbered by their place in the bulletin", async () => {
    // Three claims in four marked verified directly (the services would take many steps each), until 200 are.
    const chosen = rows.filter((_, i) => i % 4 !== 3).slice(0, 200);
    expect(chosen).toHaveLength(200);
    await t.db.claim.updateMany({ where: { id: { in: chosen.map((c) => c.id) } }, data: { status: "VERIFIED", verdict: "ACCURATE" } });
    const r = await loadReport(t.db, longId, { scope: "verified" }, { baseUrl: BASE });
    if (!r) throw new Error("expected a report");
    const claims = await collect(r.claims);
    expect(claims.map((c) => c.id)).toEqual(chosen.map((c) => c.id));
    const place = new Map(rows.map((row, i) => [row.id, i + 1]));
    expect(claims.map((c) => c.number)).toEqual(chosen.map((c) => place.get(c.id)));
    expect(r.bulletin.summary).toMatchObject({ total: rows.length, verified: 200, shown: 200, byVerdict: { ACCURATE: 200 } });
  });

  it("with history, a claim on a later page gets its own entries and no other claim gets any", async () => {
    // One claim in four stays unverified above, so this one (past the first page) can still be dismissed.
    const index = rows.findIndex((_, i) => i > 200 && i % 4 === 3);
    const target = await claimRow(rows[index].id);
    expect(target.status).toBe("UNVERIFIED");
    const dismissed = await setDismissed(t.db, people.reviewer2, ref(target), true);
    await setDismissed(t.db, people.reviewer2, ref(dismissed), false);
    const r = await loadReport(t.db, longId, { scope: "all" }, { baseUrl: BASE, withHistory: true });
    if (!r) throw new Error("expected a report");
    const claims = await collect(r.claims);
    expect(claims).toHaveLength(rows.length);
    const withHistory = claims.filter((c) => c.history.length > 0);
    expect(withHistory.map((c) => [c.id, c.number])).toEqual([[target.id, index + 1]]);
    expect(withHistory[0].history.map((h) => [h.action, h.actor])).toEqual([["claim.dismiss", "Ravi Reviewer"], ["claim.restore", "Ravi Reviewer"]]);
  });

  it("loses no claim when the last claim of a page is dismissed while the export is between pages", async () => {
    // An export streams page by page, so reviewers keep working while it runs.
    const r = await loadReport(t.db, longId, { scope: "all" }, { baseUrl: BASE });
    if (!r) throw new Error("expected a report");
    const iterator = r.claims[Symbol.asyncIterator]();
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      const next = await iterator.next();
      if (next.done) throw new Error("the report ended early");
      seen.push(next.value.id);
    }
    const boundary = await claimRow(rows[199].id);
    expect(seen[199]).toBe(boundary.id);
    expect(boundary.status).toBe("UNVERIFIED");
    const dismissed = await setDismissed(t.db, people.reviewer, ref(boundary), true);
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) seen.push(next.value.id);
      // Every claim after the boundary was untouched, so each must still arrive; the first is the one at risk.
      expect(seen, "the claim right after the page boundary").toContain(rows[200].id);
      expect(seen.slice(200)).toEqual(rows.slice(200).map((row) => row.id));
    } finally {
      await setDismissed(t.db, people.reviewer, ref(dismissed), false);
    }
  });
});

describe("loadReport: claims merged while an export is between pages", () => {
  it("loses no later claim when the last claim of a page is merged away", async () => {
    const text = Array.from({ length: 220 }, (_, i) => `Pier ${i + 1} logged ${500 + i} moorings.`).join(" ");
    const bulletin = await importFixture(t.db, people.editor, { title: "Mooring ledger", originalText: text, language: "en" });
    const rows = await t.db.claim.findMany({ where: { bulletinId: bulletin.id, dismissed: false }, orderBy: { start: "asc" } });
    expect(rows.length).toBeGreaterThan(205);
    const r = await loadReport(t.db, bulletin.id, { scope: "all" }, { baseUrl: BASE });
    if (!r) throw new Error("expected a report");
    const iterator = r.claims[Symbol.asyncIterator]();
    const seen: string[] = [];
    for (let i = 0; i < 200; i++) {
      const next = await iterator.next();
      if (next.done) throw new Error("the report ended early");
      seen.push(next.value.id);
    }
    expect(seen[199]).toBe(rows[199].id);
    // Claim 200 is merged into claim 199, so its row is deleted.
    await mergeClaims(t.db, people.reviewer, [ref(rows[198]), ref(rows[199])]);
    expect(await t.db.claim.findUnique({ where: { id: rows[199].id } })).toBeNull();
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) seen.push(next.value.id);
    expect(seen.slice(200)).toEqual(rows.slice(200).map((row) => row.id));
  }, 60_000);
});
