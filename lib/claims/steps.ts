import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { notifyApproved, notifySentBack } from "@/lib/notifications/notify";
import { reanchorWaitingEvidence } from "@/lib/sources/service";
import { assertNoOrphanedEvidence, assertVerdictIsBacked, nextStatus, REOPEN_CLEARS, type VerdictName } from "./workflow";
import { writeClaim, type ClaimRef } from "./write";

// Workflow steps on one claim. Each checks the rule against the row read inside the transaction.

export function startClaim(client: Db, actor: Actor, ref: ClaimRef) {
  return writeClaim(client, actor, ref, "claim.start", (claim) => ({
    data: { status: nextStatus(actor, claim, "start"), assigneeId: claim.assigneeId ?? actor.id },
  }));
}

export function proposeVerdict(client: Db, actor: Actor, ref: ClaimRef, verdict: VerdictName, rationale: string) {
  return writeClaim(client, actor, ref, "claim.propose", async (claim, tx) => {
    const status = nextStatus(actor, claim, "propose");
    const stances = (await tx.evidence.findMany({ where: { claimId: claim.id }, select: { stance: true } })).map((e) => e.stance);
    assertVerdictIsBacked(verdict, stances, claim.figures.map((f) => f.check));
    assertNoOrphanedEvidence(claim.evidence.map((e) => e.anchor));
    return { data: {
      status,
      verdict,
      rationale,
      proposedById: actor.id,
      proposedAt: new Date(),
      approvedById: null,
      approvedAt: null,
      sentBackById: null,
      sentBackAt: null,
      sentBackComment: null,
    } };
  });
}

export function approveVerdict(client: Db, actor: Actor, ref: ClaimRef) {
  return writeClaim(
    client,
    actor,
    ref,
    "claim.approve",
    (claim) => {
      const status = nextStatus(actor, claim, "approve");
      assertNoOrphanedEvidence(claim.evidence.map((e) => e.anchor));
      return { data: { status, approvedById: actor.id, approvedAt: new Date() }, after: { status, verdict: claim.verdict } };
    },
    (tx, claim) => notifyApproved(tx, actor, claim),
  );
}

/**
 * Sends a proposed verdict back with the editor's comment: the claim returns to its proposer (its
 * assignee now), the comment shows at the top of the panel and stays in the claim's comments.
 */
export function sendBack(client: Db, actor: Actor, ref: ClaimRef, comment: string) {
  return writeClaim(
    client,
    actor,
    ref,
    "claim.send-back",
    (claim) => ({
      data: {
        status: nextStatus(actor, claim, "send-back"),
        assigneeId: claim.proposedById ?? claim.assigneeId,
        sentBackById: actor.id,
        sentBackAt: new Date(),
        sentBackComment: comment,
      },
      before: { status: claim.status, assigneeId: claim.assigneeId },
      after: { status: "IN_PROGRESS", assigneeId: claim.proposedById ?? claim.assigneeId, comment },
    }),
    async (tx, claim) => {
      await tx.comment.create({ data: { claimId: claim.id, authorId: actor.id, body: comment }, select: { id: true } });
      await reanchorWaitingEvidence(tx, actor, claim);
      await notifySentBack(tx, actor, claim, comment);
    },
  );
}

export function reopenClaim(client: Db, actor: Actor, ref: ClaimRef, comment?: string) {
  return writeClaim(
    client,
    actor,
    ref,
    "claim.reopen",
    (claim) => ({ data: { status: nextStatus(actor, claim, "reopen"), ...REOPEN_CLEARS } }),
    async (tx, claim) => {
      if (comment) await tx.comment.create({ data: { claimId: claim.id, authorId: actor.id, body: comment }, select: { id: true } });
      await reanchorWaitingEvidence(tx, actor, claim);
    },
  );
}
