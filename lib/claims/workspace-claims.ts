import { uncoveredSentences } from "@/lib/engine/uncovered";
import type { Span } from "@/lib/engine/segment";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { claimChanges, claimSummaries } from "./queries";
import { encodeOutline, type ClaimSummary, type Outline } from "./summary";

// The workspace page lists every claim of its bulletin. Reading, mapping and packing 6,000 claims
// with their figures, tags and findings, and finding the sentences no claim covers, cost about
// 250 ms of CPU a page on a large bulletin, though between two openings only a few claims change.
// So each server process keeps, for the bulletins opened last, the list as of a bulletin version
// and brings it up to date with the query the change polls use: the claims whose revision is
// after that version, and the claims removed since. Every change stamps its claims with the
// version it made, in the same transaction, so a list brought up to the version the page read
// (before its claims) holds every change committed at that version. Nothing is trusted without
// that version from the same request: another server process writing is seen as it is by polls.

export type WorkspaceClaims = { claims: ClaimSummary[]; outline: Outline; uncovered: Span[] };
type BulletinState = { id: string; version: number; cleanText: string; language: string };
type Entry = WorkspaceClaims & { version: number; cleanText: string; readAt: number };

/** How many bulletins a process keeps: a 6,000-claim list takes a few megabytes. */
const KEPT = 8;
// A write that changed a claim without stamping it would be missed by the polls and by this list
// alike; reading the whole list again this often keeps a page opened later from carrying it on.
const READ_WHOLE_EVERY_MS = 30_000;
const entries = new Map<string, Entry>();

const inTextOrder = (a: ClaimSummary, b: ClaimSummary) => a.start - b.start || a.end - b.end || a.number - b.number;

/**
 * The list with what changed applied. The changed rows were read after the removals were made, so
 * a row that is there wins over a removal of the same id; nothing else decides the order of ties.
 */
export function applyChanges(claims: ClaimSummary[], changed: ClaimSummary[], removed: string[]): { claims: ClaimSummary[]; spansMoved: boolean } {
  if (changed.length === 0 && removed.length === 0) return { claims, spansMoved: false };
  const byId = new Map(claims.map((c) => [c.id, c]));
  let spansMoved = false;
  for (const id of removed) spansMoved = byId.delete(id) || spansMoved;
  for (const claim of changed) {
    const old = byId.get(claim.id);
    if (!old || old.start !== claim.start || old.end !== claim.end) spansMoved = true;
    byId.set(claim.id, claim);
  }
  return { claims: [...byId.values()].sort(inTextOrder), spansMoved };
}

function entryOf(bulletin: BulletinState, claims: ClaimSummary[], readAt: number, uncovered?: Span[]): Entry {
  const language = bulletin.language === "en" ? "en" : "zh";
  return {
    version: bulletin.version, cleanText: bulletin.cleanText, readAt, claims, outline: encodeOutline(claims),
    uncovered: uncovered ?? uncoveredSentences(bulletin.cleanText, language, claims),
  };
}

function keep(id: string, entry: Entry, readWhole: boolean) {
  const current = entries.get(id);
  // Two requests may bring the same list up to date at once: the one at the later version stays.
  if (!readWhole && current && current !== entry && current.cleanText === entry.cleanText && current.version > entry.version) return;
  entries.delete(id);
  entries.set(id, entry);
  while (entries.size > KEPT) entries.delete(entries.keys().next().value!);
}

// The list being read or brought up to date, per bulletin, and the version it will be at least at:
// pages opened meanwhile wait for it instead of each reading the same rows again (when a list is
// read whole after READ_WHOLE_EVERY_MS, every page of a busy bulletin would otherwise do so at once).
const inFlight = new Map<string, { version: number; cleanText: string; entry: Promise<Entry> }>();

/** Every claim of a live bulletin as of (at least) `bulletin.version`, packed for the page, and the uncovered sentences. */
export async function workspaceClaims(bulletin: BulletinState): Promise<WorkspaceClaims> {
  const flying = inFlight.get(bulletin.id);
  const entry = flying && flying.cleanText === bulletin.cleanText && flying.version >= bulletin.version ? await flying.entry : await fly(bulletin);
  return { claims: entry.claims, outline: entry.outline, uncovered: entry.uncovered };
}

async function fly(bulletin: BulletinState): Promise<Entry> {
  const entry = bringUpToDate(bulletin);
  const flight = { version: bulletin.version, cleanText: bulletin.cleanText, entry };
  inFlight.set(bulletin.id, flight);
  try {
    return await entry;
  } finally {
    if (inFlight.get(bulletin.id) === flight) inFlight.delete(bulletin.id);
  }
}

async function bringUpToDate(bulletin: BulletinState): Promise<Entry> {
  const found = entries.get(bulletin.id);
  const kept = found && found.cleanText === bulletin.cleanText && Date.now() - found.readAt < READ_WHOLE_EVERY_MS ? found : undefined;
  // A list kept at a later version than this request read (another request got there first) is
  // good if the database is at least there too; behind it, the database was restored from a backup.
  const target = kept && kept.version > bulletin.version ? await bulletinVersion(bulletin.id) : bulletin.version;
  let entry: Entry;
  let readWhole = false;
  if (kept && target !== null && kept.version === target) {
    entry = kept;
  } else if (kept && target !== null && kept.version < target) {
    const { claims: changed, removed } = await claimChanges(bulletin.id, kept.version);
    const next = applyChanges(kept.claims, changed, removed);
    entry = entryOf({ ...bulletin, version: target }, next.claims, kept.readAt, next.spansMoved ? undefined : kept.uncovered);
  } else {
    // Not kept, another text, read too long ago, or a database behind the list kept (restored from a backup).
    entry = entryOf(bulletin, await claimSummaries(bulletin.id, bulletin.cleanText), Date.now());
    readWhole = true;
  }
  keep(bulletin.id, entry, readWhole);
  return entry;
}

/** Forgets every kept list (tests, and a database restored under a running process). */
export function forgetWorkspaceClaims() {
  entries.clear();
  inFlight.clear();
}
