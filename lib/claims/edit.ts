import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/permissions";
import { assertCorrectable } from "./workflow";
import { AppError, forbidden } from "@/lib/errors";
import { claimSelect, toClaimView, type ClaimView } from "./dto";
import { refreshFigures } from "./figures";
import { storeAnswer, storedAnswer, type RequestKey } from "@/lib/idempotency/keys";
import { loadClaim, nextClaimNumber, staleWrite, touchBulletin, writeClaim, type ClaimRef } from "./write";

// Reviewers reshape what the engine proposed: adjust, split, merge, add, dismiss. Figures follow the span.

async function bulletinOf(client: Db | Tx, bulletinId: string) {
  const bulletin = await client.bulletin.findUnique({ where: { id: bulletinId }, select: { cleanText: true, deletedAt: true, publishedOn: true, language: true } });
  if (!bulletin || bulletin.deletedAt) throw new AppError("not_found", "bulletin.gone");
  return bulletin;
}

function assertSpan(cleanText: string, start: number, end: number) {
  if (start < 0 || end > cleanText.length || end <= start) {
    throw new AppError("bad_request", "claim.selectionOutside", { end: ["claim.selectInside"] });
  }
  if (!cleanText.slice(start, end).trim()) throw new AppError("bad_request", "claim.selectNotBlank");
}

const editable = assertCorrectable;

export function updateSpan(client: Db, actor: Actor, ref: ClaimRef, start: number, end: number) {
  return writeClaim(
    client,
    actor,
    ref,
    "claim.span",
    async (claim, tx) => {
      editable(actor, claim);
      const bulletin = await bulletinOf(tx, claim.bulletinId);
      assertSpan(bulletin.cleanText, start, end);
      const text = bulletin.cleanText.slice(start, end);
      return { data: { start, end, text, statement: text.trim() } };
    },
    async (tx, claim) => refreshFigures(tx, claim.id, await bulletinOf(tx, claim.bulletinId), { start, end }, claim),
  );
}

export function setDismissed(client: Db, actor: Actor, ref: ClaimRef, dismissed: boolean, reason?: string) {
  return writeClaim(
    client,
    actor,
    ref,
    dismissed ? "claim.dismiss" : "claim.restore",
    (claim) => {
      editable(actor, claim);
      return { data: { dismissed }, after: { dismissed, ...(reason ? { reason } : {}) } };
    },
    async (tx, claim) => {
      if (reason) await tx.comment.create({ data: { claimId: claim.id, authorId: actor.id, body: reason }, select: { id: true } });
    },
  );
}

/** Splits a claim at an offset inside it: the claim keeps the first part, a new claim takes the rest. */
export async function splitClaim(client: Db, actor: Actor, ref: ClaimRef, at: number): Promise<ClaimView[]> {
  return client.$transaction(async (tx) => {
    const claim = await loadClaim(tx, ref.id);
    if (claim.version !== ref.version) throw await staleWrite(tx, ref.id);
    editable(actor, claim);
    if (at <= claim.start || at >= claim.end) throw new AppError("bad_request", "claim.splitInside");
    const bulletin = await bulletinOf(tx, claim.bulletinId);
    const first = bulletin.cleanText.slice(claim.start, at);
    const second = bulletin.cleanText.slice(at, claim.end);
    if (!first.trim() || !second.trim()) throw new AppError("bad_request", "claim.splitBothParts");
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: ref.version },
      data: { end: at, text: first, statement: first.trim(), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, ref.id);
    const created = await tx.claim.create({
      data: {
        bulletinId: claim.bulletinId, number: await nextClaimNumber(tx, claim.bulletinId), start: at, end: claim.end, text: second, statement: second.trim(),
        context: claim.context, kind: claim.kind, checkworthiness: claim.checkworthiness, assigneeId: claim.assigneeId,
      },
      select: { id: true },
    });
    // Figures after the split move with their checks; each part then re-reads only its own span.
    await tx.figure.updateMany({ where: { claimId: claim.id, start: { gte: at }, end: { lte: claim.end } }, data: { claimId: created.id } });
    await refreshFigures(tx, claim.id, bulletin, { start: claim.start, end: at }, { start: claim.start, end: at });
    await refreshFigures(tx, created.id, bulletin, { start: at, end: claim.end });
    await appendAudit(tx, {
      actorId: actor.id, action: "claim.split", entityType: "Claim", entityId: claim.id, bulletinId: claim.bulletinId,
      before: { start: claim.start, end: claim.end }, after: { end: at, newClaimId: created.id },
    });
    await appendAudit(tx, {
      actorId: actor.id, action: "claim.create", entityType: "Claim", entityId: created.id, bulletinId: claim.bulletinId,
      after: { start: at, end: claim.end, splitFrom: claim.id },
    });
    await touchBulletin(tx, claim.bulletinId, [claim.id, created.id]);
    const rows = await tx.claim.findMany({ where: { id: { in: [claim.id, created.id] } }, select: claimSelect, orderBy: { start: "asc" } });
    return rows.map(toClaimView);
  });
}

/**
 * Merges claims of one bulletin into the first: it spans them all and takes over their comments,
 * evidence and figure checks; the others are removed, each recorded in the audit log.
 */
export async function mergeClaims(client: Db, actor: Actor, refs: ClaimRef[]): Promise<ClaimView> {
  if (new Set(refs.map((r) => r.id)).size !== refs.length) throw new AppError("bad_request", "claim.mergeOnce");
  return client.$transaction(async (tx) => {
    const claims = [];
    for (const ref of refs) {
      const claim = await loadClaim(tx, ref.id);
      if (claim.version !== ref.version) throw await staleWrite(tx, ref.id);
      editable(actor, claim);
      claims.push(claim);
    }
    if (new Set(claims.map((c) => c.bulletinId)).size !== 1) throw new AppError("bad_request", "claim.mergeOneBulletin");
    claims.sort((a, b) => a.start - b.start);
    const [keep, ...rest] = claims;
    const bulletin = await bulletinOf(tx, keep.bulletinId);
    const start = keep.start;
    const end = Math.max(...claims.map((c) => c.end));
    const text = bulletin.cleanText.slice(start, end);
    const restIds = rest.map((c) => c.id);
    await tx.comment.updateMany({ where: { claimId: { in: restIds } }, data: { claimId: keep.id } });
    await tx.evidence.updateMany({ where: { claimId: { in: restIds } }, data: { claimId: keep.id } });
    await tx.figure.updateMany({ where: { claimId: { in: restIds } }, data: { claimId: keep.id } });
    await tx.consistencyFinding.updateMany({ where: { claimId: { in: restIds } }, data: { claimId: keep.id } });
    // Sources attached to the merged claims stay attached, to the claim that takes their evidence.
    const links = await tx.claimSource.findMany({ where: { claimId: { in: [keep.id, ...restIds] } }, select: { claimId: true, sourceId: true, attachedById: true, attachedAt: true } });
    const kept = new Set(links.filter((l) => l.claimId === keep.id).map((l) => l.sourceId));
    for (const link of links) {
      if (kept.has(link.sourceId)) continue;
      kept.add(link.sourceId);
      await tx.claimSource.create({ data: { claimId: keep.id, sourceId: link.sourceId, attachedById: link.attachedById, attachedAt: link.attachedAt }, select: { claimId: true } });
    }
    for (const other of rest) {
      await appendAudit(tx, {
        actorId: actor.id, action: "claim.merged-away", entityType: "Claim", entityId: other.id, bulletinId: other.bulletinId,
        before: { start: other.start, end: other.end, text: other.text, status: other.status }, after: { mergedInto: keep.id },
      });
    }
    await tx.claim.deleteMany({ where: { id: { in: restIds } } });
    await tx.claim.update({ where: { id: keep.id }, data: { end, text, statement: text.trim(), version: { increment: 1 } }, select: { id: true } });
    await refreshFigures(tx, keep.id, bulletin, { start, end });
    await appendAudit(tx, {
      actorId: actor.id, action: "claim.merge", entityType: "Claim", entityId: keep.id, bulletinId: keep.bulletinId,
      before: { start: keep.start, end: keep.end }, after: { start, end, merged: restIds },
    });
    await touchBulletin(tx, keep.bulletinId, [keep.id], restIds);
    return toClaimView(await loadClaim(tx, keep.id));
  });
}

/** A reviewer adds a claim the engine missed by selecting its text. */
export async function addClaim(client: Db, actor: Actor, bulletinId: string, start: number, end: number, key?: RequestKey): Promise<ClaimView> {
  if (!actor.active) throw forbidden();
  return client.$transaction(async (tx) => {
    const repeated = await storedAnswer<{ claimId: string }>(tx, actor.id, key, "claim");
    if (repeated) return toClaimView(await loadClaim(tx, repeated.claimId));
    const bulletin = await bulletinOf(tx, bulletinId);
    assertSpan(bulletin.cleanText, start, end);
    const text = bulletin.cleanText.slice(start, end);
    const claim = await tx.claim.create({ data: { bulletinId, number: await nextClaimNumber(tx, bulletinId), start, end, text, statement: text.trim(), kind: "OTHER", checkworthiness: 0.5 }, select: { id: true } });
    await refreshFigures(tx, claim.id, bulletin, { start, end });
    const figures = await tx.figure.count({ where: { claimId: claim.id } });
    if (figures > 0) await tx.claim.update({ where: { id: claim.id }, data: { kind: "STATISTIC" }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "claim.create", entityType: "Claim", entityId: claim.id, bulletinId, after: { start, end, text } });
    await touchBulletin(tx, bulletinId, [claim.id]);
    await storeAnswer(tx, actor.id, key, "claim", { claimId: claim.id });
    return toClaimView(await loadClaim(tx, claim.id));
  });
}
