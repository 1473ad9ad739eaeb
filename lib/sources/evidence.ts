import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canEditClaim, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { touchBulletin } from "@/lib/claims/write";
import { once } from "@/lib/idempotency/keys";
import { cellAt, describeSelection } from "@/lib/evidence";
import { tableOfSnapshot } from "./table-snapshot";
import { assertBackingMayChange } from "@/lib/claims/workflow";

export type EvidenceInput = {
  claimId: string;
  sourceId: string;
  snapshotId: string;
  start: number;
  end: number;
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
  note?: string;
  requestKey?: string;
};

/**
 * Anchors a passage of a source snapshot to a claim, stored as a W3C TextQuoteSelector (exact,
 * prefix, suffix) and TextPositionSelector (start, end). The source is attached if it was not yet.
 */
export async function addEvidence(client: Db, actor: Actor, input: EvidenceInput): Promise<{ id: string }> {
  return client.$transaction((tx) => once(tx, actor.id, input.requestKey, "evidence", () => addEvidenceIn(tx, actor, input)));
}

/** addEvidence inside a transaction the caller holds (the board's accept writes it beside the figure check). */
export async function addEvidenceIn(tx: Tx, actor: Actor, input: Omit<EvidenceInput, "requestKey">): Promise<{ id: string }> {
  const claim = await tx.claim.findUnique({
    where: { id: input.claimId },
    select: { id: true, bulletinId: true, status: true, assigneeId: true, proposedById: true, bulletin: { select: { deletedAt: true } } },
  });
  if (!claim || claim.bulletin.deletedAt) throw new AppError("not_found", "claim.gone");
  if (!canEditClaim(actor, claim)) throw forbidden("claim.cannotChange");
  assertBackingMayChange(claim);
  const snapshot = await tx.sourceSnapshot.findUnique({ where: { id: input.snapshotId }, select: { sourceId: true, text: true, tableGrid: true } });
  if (!snapshot || snapshot.sourceId !== input.sourceId) throw new AppError("not_found", "source.snapshotGone");
  if (input.end > snapshot.text.length || !snapshot.text.slice(input.start, input.end).trim()) {
    throw new AppError("bad_request", "source.passageOutside");
  }
  const { quote, position } = describeSelection(snapshot.text, input.start, input.end);
  const table = tableOfSnapshot(snapshot);
  const fragment = table ? (cellAt(table, position.start, position.end)?.fragment ?? null) : null;
  const evidence = await tx.evidence.create({
    data: {
      claimId: input.claimId,
      sourceId: input.sourceId,
      snapshotId: input.snapshotId,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
      stance: input.stance,
      note: input.note ?? null,
      fragment,
      createdById: actor.id,
    },
    select: { id: true },
  });
  const linked = await tx.claimSource.findUnique({ where: { claimId_sourceId: { claimId: input.claimId, sourceId: input.sourceId } }, select: { claimId: true } });
  if (!linked) await tx.claimSource.create({ data: { claimId: input.claimId, sourceId: input.sourceId, attachedById: actor.id }, select: { claimId: true } });
  await appendAudit(tx, {
    actorId: actor.id, action: "claim.evidence", entityType: "Claim", entityId: input.claimId, bulletinId: claim.bulletinId,
    after: { evidenceId: evidence.id, sourceId: input.sourceId, stance: input.stance, exact: quote.exact, ...(fragment ? { fragment } : {}) },
  });
  await touchBulletin(tx, claim.bulletinId, [input.claimId]);
  return { id: evidence.id };
}
