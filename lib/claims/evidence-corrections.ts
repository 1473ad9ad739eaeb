import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { describeSelection } from "@/lib/evidence";
import type { Stance } from "@/lib/generated/prisma/client";
import { assertCorrectable } from "./workflow";
import { writeClaim, type ClaimRef } from "./write";

// Sources attached by mistake and evidence quoted wrongly: detach, edit, delete.

const FIGURE_CHECK_CLEARED = {
  check: "UNCHECKED", proposedCheck: null, checkNote: null, sourceValue: null, relativeDifference: null, sourceId: null,
  snapshotId: null, sourceStart: null, sourceEnd: null, sourcePassage: null, sourceFragment: null, evidenceId: null, checkedById: null, checkedAt: null,
} as const;

/**
 * Detaches a source from the claim with the evidence quoted from it; figure checks that relied on
 * it go back to unchecked, so no verdict rests on a source the claim no longer has.
 */
export function detachSource(client: Db, actor: Actor, ref: ClaimRef, sourceId: string) {
  return writeClaim(client, actor, ref, "claim.source-detach", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    const link = claim.sources.find((s) => s.source.id === sourceId);
    if (!link) throw new AppError("not_found", "source.notAttached");
    const evidence = claim.evidence.filter((e) => e.sourceId === sourceId).map((e) => e.id);
    const checks = claim.figures.filter((f) => f.sourceId === sourceId);
    await tx.figure.updateMany({ where: { claimId: claim.id, OR: [{ sourceId }, { evidenceId: { in: evidence } }] }, data: FIGURE_CHECK_CLEARED });
    await tx.evidence.deleteMany({ where: { id: { in: evidence } } });
    await tx.claimSource.delete({ where: { claimId_sourceId: { claimId: claim.id, sourceId } } });
    return {
      data: { updatedAt: new Date() },
      before: { source: link.source.title, evidence: evidence.length, checks: checks.map((f) => `${f.text}: ${f.check}`) },
      after: { source: null, evidence: 0, checks: checks.map((f) => `${f.text}: UNCHECKED`) },
    };
  });
}

export type EvidenceEdit = { stance?: Stance; note?: string | null; start?: number; end?: number };

/** Changes a piece of evidence's stance, note or passage (another selection in the same snapshot). */
export function editEvidence(client: Db, actor: Actor, ref: ClaimRef, evidenceId: string, edit: EvidenceEdit) {
  return writeClaim(client, actor, ref, "claim.evidence-edit", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    const evidence = claim.evidence.find((e) => e.id === evidenceId);
    if (!evidence) throw new AppError("not_found", "evidence.notInClaim");
    const data: Record<string, unknown> = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const set = (field: string, from: unknown, to: unknown) => {
      if (from === to) return;
      data[field] = to;
      before[field] = from;
      after[field] = to;
    };
    if (edit.stance) set("stance", evidence.stance, edit.stance);
    if (edit.note !== undefined) set("note", evidence.note, edit.note || null);
    if (edit.start !== undefined && edit.end !== undefined && (edit.start !== evidence.start || edit.end !== evidence.end)) {
      const snapshot = await tx.sourceSnapshot.findUnique({ where: { id: evidence.snapshotId }, select: { text: true } });
      if (!snapshot) throw new AppError("not_found", "source.snapshotGone");
      if (edit.end > snapshot.text.length || edit.end <= edit.start || !snapshot.text.slice(edit.start, edit.end).trim()) {
        throw new AppError("bad_request", "source.passageOutside");
      }
      const { quote, position } = describeSelection(snapshot.text, edit.start, edit.end);
      Object.assign(data, { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end, anchor: "ANCHORED" });
      before.passage = evidence.exact;
      after.passage = quote.exact;
    }
    if (Object.keys(data).length === 0) throw new AppError("bad_request", "validation.nothingChanged");
    await tx.evidence.update({ where: { id: evidence.id }, data: { ...data, version: { increment: 1 } } });
    return { data: { updatedAt: new Date() }, before, after };
  });
}

export function deleteEvidence(client: Db, actor: Actor, ref: ClaimRef, evidenceId: string) {
  return writeClaim(client, actor, ref, "claim.evidence-delete", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    const evidence = claim.evidence.find((e) => e.id === evidenceId);
    if (!evidence) throw new AppError("not_found", "evidence.notInClaim");
    await tx.figure.updateMany({ where: { evidenceId }, data: { evidenceId: null } });
    await tx.evidence.delete({ where: { id: evidenceId } });
    return { data: { updatedAt: new Date() }, before: { passage: evidence.exact, stance: evidence.stance, note: evidence.note }, after: { passage: null } };
  });
}
