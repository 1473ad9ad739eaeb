import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canEditClaim, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { touchBulletin } from "@/lib/claims/write";
import { once, type RequestKey } from "@/lib/idempotency/keys";
import { bulletinOfClaim, bulletinsOfSource, rematch } from "@/lib/jobs/figure-matching";
import { assertBackingMayChange, mayReanchor } from "@/lib/claims/workflow";
import { anchor, cellAt } from "@/lib/evidence";
import { canonicalUrl } from "./canonical-url";
import { tableOfSnapshot } from "./table-snapshot";

/** What a fetch by URL adds to a snapshot (see lib/sources/fetch): kept so it can be handed to an archive. */
export type SnapshotArchive = {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number;
  httpContentType: string | null;
  httpHeaders: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
};
/** A statistics table's cells (a TableGrid as JSON), kept beside the text that renders them. */
export type SnapshotTable = { tableGrid: string };
export type SnapshotExtras = SnapshotArchive | SnapshotTable | (SnapshotArchive & SnapshotTable);

export type SourceMeta = {
  url?: string;
  title: string;
  publisher?: string;
  publishedOn?: string;
  kind: "OFFICIAL" | "PRIMARY_DATA" | "MEDIA" | "OTHER";
  credibility: number;
};

async function liveClaim(tx: Tx | Db, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { id: true, bulletinId: true, status: true, assigneeId: true, proposedById: true, bulletin: { select: { deletedAt: true } } },
  });
  if (!claim || claim.bulletin.deletedAt) throw new AppError("not_found", "claim.gone");
  return claim;
}

/** Refuses, before any slow work (a fetch), what attaching a source to the claim would refuse. */
export async function assertMayAttach(client: Db, actor: Actor, claimId: string) {
  const claim = await liveClaim(client, claimId);
  if (!canEditClaim(actor, claim)) throw forbidden("claim.cannotChange");
  assertBackingMayChange(claim);
}

async function attach(tx: Tx, actor: Actor, claimId: string, sourceId: string) {
  const claim = await liveClaim(tx, claimId);
  if (!canEditClaim(actor, claim)) throw forbidden("claim.cannotChange");
  assertBackingMayChange(claim);
  const existing = await tx.claimSource.findUnique({ where: { claimId_sourceId: { claimId, sourceId } }, select: { claimId: true } });
  if (existing) return;
  await tx.claimSource.create({ data: { claimId, sourceId, attachedById: actor.id }, select: { claimId: true } });
  await appendAudit(tx, { actorId: actor.id, action: "claim.attach-source", entityType: "Claim", entityId: claimId, bulletinId: claim.bulletinId, after: { sourceId } });
  // The claim changed for anyone watching it, but not its version: attaching conflicts with no one.
  await touchBulletin(tx, claim.bulletinId, [claimId]);
}

/** Where a new or known source is attached inside the transaction that stores it. */
export type AttachInTx = (tx: Tx, sourceId: string) => Promise<void>;

/**
 * Stores a new source with its first snapshot and attaches it where `attachTo` says. A URL already
 * in the library is never stored twice: that source is attached instead, and the caller is told.
 */
export async function storeSource(
  client: Db, actor: Actor, attachTo: AttachInTx, scope: string, meta: SourceMeta, text: string, contentType: string, key?: RequestKey, archive?: SnapshotExtras,
) {
  const canonical = meta.url ? canonicalUrl(meta.url) : null;
  return client.$transaction((tx) => once(tx, actor.id, key, scope, async () => {
    if (canonical) {
      const known = await tx.source.findUnique({ where: { canonicalUrl: canonical }, select: { id: true, title: true } });
      if (known) {
        await attachTo(tx, known.id);
        return { sourceId: known.id, reused: true, title: known.title };
      }
    }
    const source = await tx.source.create({
      data: {
        url: meta.url ?? null,
        canonicalUrl: canonical,
        title: meta.title,
        publisher: meta.publisher ?? null,
        publishedOn: meta.publishedOn ? new Date(`${meta.publishedOn}T00:00:00Z`) : null,
        kind: meta.kind,
        credibility: meta.credibility,
        createdById: actor.id,
        snapshots: { create: { text, contentType, createdById: actor.id, ...archive } },
      },
      select: { id: true, title: true },
    });
    await appendAudit(tx, { actorId: actor.id, action: "source.create", entityType: "Source", entityId: source.id, after: { ...meta, url: meta.url ?? null } });
    await attachTo(tx, source.id);
    return { sourceId: source.id, reused: false, title: source.title };
  }));
}

/** Stores a new source (or finds it by URL) and attaches it to the claim. */
export async function addSourceToClaim(client: Db, actor: Actor, claimId: string, meta: SourceMeta, text: string, contentType: string, key?: RequestKey, archive?: SnapshotExtras) {
  const stored = await storeSource(client, actor, (tx, sourceId) => attach(tx, actor, claimId, sourceId), "source", meta, text, contentType, key, archive);
  await rematch(client, await bulletinOfClaim(client, claimId));
  return stored;
}

/** Attaches a library source to the claim inside a caller's transaction (the board's accept does). */
export const attachSourceInTx = (tx: Tx, actor: Actor, claimId: string, sourceId: string) => attach(tx, actor, claimId, sourceId);

export async function attachSource(client: Db, actor: Actor, claimId: string, sourceId: string) {
  await client.$transaction(async (tx) => {
    if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw new AppError("not_found", "source.gone");
    await attach(tx, actor, claimId, sourceId);
  });
  await rematch(client, await bulletinOfClaim(client, claimId));
}

type EvidenceRow = { id: string; claimId: string; exact: string; prefix: string; suffix: string; start: number; end: number; anchor: string };

/**
 * Finds each quote again in `snapshot` (position, exact quote, then fuzzy match) and moves it
 * there, or flags it orphaned where it was; each claim whose evidence moved gets a new version
 * (a pending approval sees the change) and a history line.
 */
async function reanchor(tx: Tx, actor: Actor, snapshot: { id: string; text: string; tableGrid: string | null }, evidence: EvidenceRow[], bulletinOf: Map<string, string>) {
  const outcome = { reanchored: 0, orphaned: 0 };
  // In a table a quote that moved names its new cell.
  const table = tableOfSnapshot(snapshot);
  const changes = new Map<string, { evidenceId: string; from: string; to: string }[]>();
  for (const item of evidence) {
    const found = anchor(snapshot.text, {
      quote: { type: "TextQuoteSelector", exact: item.exact, prefix: item.prefix, suffix: item.suffix },
      position: { type: "TextPositionSelector", start: item.start, end: item.end },
    });
    const state = found ? (found.method === "position" ? "ANCHORED" : "REANCHORED") : "ORPHANED";
    await tx.evidence.update({
      where: { id: item.id },
      // An orphaned quote stays as it was, pointing at the snapshot it was taken from.
      data: found
        ? { snapshotId: snapshot.id, start: found.start, end: found.end, anchor: state, fragment: table ? (cellAt(table, found.start, found.end)?.fragment ?? null) : null, version: { increment: 1 } }
        : { anchor: state, version: { increment: 1 } },
      select: { id: true },
    });
    if (found) outcome.reanchored++;
    else outcome.orphaned++;
    changes.set(item.claimId, [...(changes.get(item.claimId) ?? []), { evidenceId: item.id, from: item.anchor, to: state }]);
  }
  for (const [claimId, items] of changes) {
    await tx.claim.update({ where: { id: claimId }, data: { version: { increment: 1 } }, select: { id: true } });
    await appendAudit(tx, {
      actorId: actor.id, action: "claim.reanchor", entityType: "Claim", entityId: claimId, bulletinId: bulletinOf.get(claimId),
      before: { evidence: items.map((i) => ({ id: i.evidenceId, anchor: i.from })) },
      after: { snapshotId: snapshot.id, evidence: items.map((i) => ({ id: i.evidenceId, anchor: i.to })) },
    });
  }
  return outcome;
}

/**
 * Stores a newer snapshot of a source and re-anchors the evidence quoted from it. Evidence under a
 * claim in review or verified waits on the snapshot it quotes (a history line says so) until the
 * claim is sent back or reopened: nothing backing a verdict changes under it.
 */
export async function addSnapshot(client: Db, actor: Actor, sourceId: string, text: string, contentType: string, key?: RequestKey, archive?: SnapshotExtras) {
  if (!actor.active) throw forbidden();
  const stored = await storeSnapshot(client, actor, sourceId, text, contentType, key, archive);
  await rematch(client, await bulletinsOfSource(client, sourceId));
  return stored;
}

function storeSnapshot(client: Db, actor: Actor, sourceId: string, text: string, contentType: string, key?: RequestKey, archive?: SnapshotExtras) {
  return client.$transaction((tx) => once(tx, actor.id, key, "snapshot", async () => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } });
    if (!source) throw new AppError("not_found", "source.gone");
    const evidence = await tx.evidence.findMany({
      where: { sourceId },
      select: { id: true, claimId: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchor: true, claim: { select: { bulletinId: true, status: true } } },
    });
    const snapshot = await tx.sourceSnapshot.create({ data: { sourceId, text, contentType, createdById: actor.id, ...archive }, select: { id: true, text: true, tableGrid: true } });
    const bulletinOf = new Map(evidence.map((e) => [e.claimId, e.claim.bulletinId]));
    const now = evidence.filter((e) => mayReanchor(e.claim));
    const waiting = new Set(evidence.filter((e) => !mayReanchor(e.claim)).map((e) => e.claimId));
    const outcome = await reanchor(tx, actor, snapshot, now, bulletinOf);
    for (const claimId of waiting) {
      await appendAudit(tx, {
        actorId: actor.id, action: "claim.snapshot-waits", entityType: "Claim", entityId: claimId, bulletinId: bulletinOf.get(claimId),
        after: { sourceId, snapshotId: snapshot.id },
      });
    }
    await appendAudit(tx, { actorId: actor.id, action: "source.snapshot", entityType: "Source", entityId: sourceId, after: { snapshotId: snapshot.id, ...outcome, waiting: waiting.size } });
    const byBulletin = new Map<string, string[]>();
    for (const [claimId, bulletinId] of bulletinOf) byBulletin.set(bulletinId, [...(byBulletin.get(bulletinId) ?? []), claimId]);
    for (const [id, claims] of byBulletin) await touchBulletin(tx, id, claims);
    return { snapshotId: snapshot.id, ...outcome, waiting: waiting.size };
  }));
}

/** When a claim is sent back or reopened, its evidence waiting on an older snapshot moves to the newest one. */
export async function reanchorWaitingEvidence(tx: Tx, actor: Actor, claim: { id: string; bulletinId: string }) {
  const evidence = await tx.evidence.findMany({
    where: { claimId: claim.id },
    select: { id: true, claimId: true, sourceId: true, snapshotId: true, exact: true, prefix: true, suffix: true, start: true, end: true, anchor: true },
  });
  const bulletinOf = new Map([[claim.id, claim.bulletinId]]);
  for (const sourceId of new Set(evidence.map((e) => e.sourceId))) {
    const newest = await tx.sourceSnapshot.findFirst({ where: { sourceId }, orderBy: { takenAt: "desc" }, select: { id: true, text: true, tableGrid: true } });
    const stale = evidence.filter((e) => e.sourceId === sourceId && newest && e.snapshotId !== newest.id && e.anchor !== "ORPHANED");
    if (newest && stale.length > 0) await reanchor(tx, actor, newest, stale, bulletinOf);
  }
}
