import { db } from "@/lib/db";
import { bulletinVersion } from "@/lib/bulletins/queries";
import { readClaimRow } from "./claim-row";
import { claimSelect, toClaimView } from "./dto";
import { removedAfter, summariesAfter } from "./summary-rows";
import type { ClaimSummary } from "./summary";

/** Every claim of a bulletin in full, in text order (the API's claim list). */
export async function claimViewsOfBulletin(bulletinId: string) {
  const rows = await db.claim.findMany({ where: { bulletinId }, select: claimSelect, orderBy: [{ start: "asc" }, { end: "asc" }] });
  return rows.map(toClaimView);
}

/** Summaries of every claim of a bulletin (read after the version the caller holds), in text order. */
export async function claimSummaries(bulletinId: string, cleanText: string): Promise<ClaimSummary[]> {
  const summaries = await summariesAfter(bulletinId, -1, cleanText);
  return summaries.sort((a, b) => a.start - b.start || a.end - b.end || a.number - b.number);
}

/**
 * What changed in a bulletin after `sinceVersion`: the claims changed since (as summaries) and
 * the ids of claims removed since. Every change stamps its claims with the bulletin version it
 * made, in the same transaction, so nothing that committed at or before a version is missed.
 */
export async function claimChanges(bulletinId: string, sinceVersion: number): Promise<{ claims: ClaimSummary[]; removed: string[] }> {
  const [claims, removed] = await Promise.all([summariesAfter(bulletinId, sinceVersion), removedAfter(bulletinId, sinceVersion)]);
  return { claims, removed };
}

export type ChangesBody = { version: number } | { version: number; claims: ClaimSummary[]; removed: string[] };

/** The answer to a workspace's poll: only the version when nothing changed since the client's, else what changed. */
export async function changesSince(bulletinId: string, clientVersion: number): Promise<ChangesBody | null> {
  const version = await bulletinVersion(bulletinId);
  if (version === null) return null;
  if (version === clientVersion) return { version };
  // A client ahead of the database (restored from an older backup) gets everything again.
  return { version, ...(await claimChanges(bulletinId, clientVersion > version ? 0 : clientVersion)) };
}

/** Comments and history of a live claim; null when the claim or its bulletin is gone. */
export async function claimDiscussion(claimId: string) {
  if (!(await db.claim.findFirst({ where: { id: claimId, bulletin: { deletedAt: null } }, select: { id: true } }))) return null;
  const [comments, history] = await Promise.all([
    db.comment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } }),
    db.auditEntry.findMany({
      where: { entityType: "Claim", entityId: claimId }, orderBy: { at: "asc" },
      select: { id: true, action: true, at: true, before: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  return {
    comments: comments.map((c) => ({ id: c.id, author: c.author.name, body: c.body, at: c.createdAt.toISOString() })),
    history: history.map((h) => ({
      id: h.id,
      actor: h.actor?.name ?? null,
      action: h.action,
      at: h.at.toISOString(),
      before: h.before ? (JSON.parse(h.before) as Record<string, unknown>) : null,
      after: h.after ? (JSON.parse(h.after) as Record<string, unknown>) : null,
    })),
  };
}

/** A reviewer's open claims across bulletins: what was sent back to them first, then by priority and check-worthiness. */
export async function myQueue(userId: string) {
  const rows = await db.claim.findMany({
    where: { assigneeId: userId, dismissed: false, status: { not: "VERIFIED" }, bulletin: { deletedAt: null } },
    select: {
      id: true, number: true, statement: true, status: true, kind: true, checkworthiness: true, priority: true,
      sentBackAt: true, sentBackComment: true, sentBackBy: { select: { name: true } }, bulletin: { select: { id: true, title: true } },
    },
    orderBy: [{ sentBackAt: { sort: "desc", nulls: "last" } }, { checkworthiness: "desc" }, { start: "asc" }],
    take: 500,
  });
  const rank = { HIGH: 0, NORMAL: 1, LOW: 2 } as const;
  // Sent back (and not yet proposed again) first; the rest by priority, keeping the order above.
  const sentBack = rows.filter((c) => c.sentBackAt && c.status !== "IN_REVIEW");
  const rest = rows.filter((c) => !sentBack.includes(c)).sort((a, b) => rank[a.priority] - rank[b.priority]);
  return { sentBack, rest };
}

/** Every verdict waiting for approval, across live bulletins, oldest first. */
export async function reviewInbox() {
  return db.claim.findMany({
    where: { status: "IN_REVIEW", dismissed: false, bulletin: { deletedAt: null } },
    select: {
      id: true, number: true, statement: true, verdict: true, rationale: true, proposedAt: true, priority: true,
      proposedBy: { select: { id: true, name: true } }, bulletin: { select: { id: true, title: true, language: true } },
    },
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
}

/** The tags in use, most used first, to suggest while tagging. */
export async function tagsInUse(): Promise<string[]> {
  const rows = await db.claimTag.groupBy({ by: ["tag"], _count: { tag: true }, orderBy: { _count: { tag: "desc" } }, take: 200 });
  return rows.map((r) => r.tag);
}

export async function claimView(claimId: string) {
  const row = await readClaimRow(db, claimId);
  return row ? toClaimView(row) : null;
}

/** Each claim's current version, for controls that write back to many claims of a bulletin. */
export async function claimVersions(bulletinId: string): Promise<Record<string, number>> {
  const rows = await db.claim.findMany({ where: { bulletinId }, select: { id: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}

const boardFigureSelect = { id: true, check: true, sourceId: true, sourceValue: true, checkNote: true } as const;

/** What the figure board needs of each live claim beside its rows: the version to write with, its status, and its figures' stored checks. */
export async function boardClaims(bulletinId: string) {
  const rows = await db.claim.findMany({
    where: { bulletinId, dismissed: false, bulletin: { deletedAt: null } },
    select: { id: true, number: true, version: true, status: true, figures: { select: boardFigureSelect }, sources: { select: { source: { select: { id: true, title: true } } } } },
  });
  return rows.map(({ sources, ...claim }) => ({ ...claim, sources: sources.map((s) => s.source) }));
}

export type BoardClaim = Awaited<ReturnType<typeof boardClaims>>[number];
