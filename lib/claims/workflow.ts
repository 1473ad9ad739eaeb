import { AppError } from "@/lib/errors";
import { message } from "@/lib/i18n/catalogue";
import {
  canApproveVerdict,
  canEditClaim,
  canProposeVerdict,
  type Actor,
} from "@/lib/auth/permissions";

// The verification workflow, pure: which step may follow which, and who may take it.
//   unverified → in progress → in review → verified
// A reviewer proposes (→ in review); an editor who did not propose approves (→ verified) or sends
// it back with a comment (→ in progress). An editor may reopen a verified claim.

export const STATUSES = ["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED"] as const;
export type Status = (typeof STATUSES)[number];

export const VERDICTS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] as const;
export type VerdictName = (typeof VERDICTS)[number];

export type WorkflowClaim = {
  status: Status;
  dismissed: boolean;
  assigneeId: string | null;
  proposedById: string | null;
};

export type Step = "start" | "propose" | "approve" | "send-back" | "reopen";

/** Throws an AppError saying why `actor` may not take `step` on `claim`; returns the next status. */
export function nextStatus(actor: Actor, claim: WorkflowClaim, step: Step): Status {
  if (claim.dismissed && step !== "reopen") {
    throw new AppError("conflict", "claim.dismissed");
  }
  switch (step) {
    case "start":
      if (!canEditClaim(actor, claim)) throw new AppError("forbidden", "claim.cannotWork");
      if (claim.status !== "UNVERIFIED") throw new AppError("conflict", "claim.onlyUnverifiedStarts");
      return "IN_PROGRESS";
    case "propose":
      if (!canProposeVerdict(actor, claim)) {
        throw new AppError(
          claim.status === "IN_REVIEW" || claim.status === "VERIFIED" ? "conflict" : "forbidden",
          claim.status === "IN_REVIEW" ? "claim.alreadyInReview" : claim.status === "VERIFIED" ? "claim.alreadyVerified" : "claim.cannotPropose",
        );
      }
      return "IN_REVIEW";
    case "approve":
    case "send-back":
      if (claim.status !== "IN_REVIEW") throw new AppError("conflict", "claim.onlyInReview");
      if (claim.proposedById === actor.id) {
        throw new AppError("forbidden", "claim.ownProposal");
      }
      if (!canApproveVerdict(actor, claim)) throw new AppError("forbidden", "claim.onlyEditorReviews");
      return step === "approve" ? "VERIFIED" : "IN_PROGRESS";
    case "reopen":
      if (actor.role === "REVIEWER" || !actor.active) throw new AppError("forbidden", "claim.onlyEditorReopens");
      if (claim.status !== "VERIFIED") throw new AppError("conflict", "claim.onlyVerifiedReopens");
      return "IN_PROGRESS";
  }
}

/**
 * What a verdict must rest on: every figure checked (or marked not checkable, with a reason); any
 * verdict but unverifiable needs evidence; inaccurate and misleading need evidence that refutes the
 * claim or a figure that differs from its source.
 */
export function assertVerdictIsBacked(verdict: VerdictName, evidenceStances: string[], figureChecks: string[]): void {
  const unchecked = figureChecks.filter((c) => c === "UNCHECKED").length;
  if (unchecked > 0) {
    throw new AppError("bad_request", message("claim.figuresUnchecked", { unchecked, total: figureChecks.length }));
  }
  if (verdict !== "UNVERIFIABLE" && evidenceStances.length === 0) {
    throw new AppError("bad_request", "claim.needsEvidence");
  }
  if ((verdict === "INACCURATE" || verdict === "MISLEADING") && !evidenceStances.includes("REFUTES") && !figureChecks.includes("DIFFERS")) {
    throw new AppError("bad_request", "claim.needsRefutation");
  }
}

export type PublishableClaim = { status: Status; dismissed: boolean; verdict: VerdictName | null; publishedAt: Date | null };

/**
 * Publishing is a separate, deliberate step after verification: only a verified, live claim with a
 * verdict can go public, and only once (publishing again would move its ClaimReview date).
 */
export function assertPublishable(claim: PublishableClaim): void {
  if (claim.dismissed) throw new AppError("conflict", "publish.dismissed");
  if (claim.status !== "VERIFIED" || !claim.verdict) {
    throw new AppError("conflict", "publish.notVerified");
  }
  if (claim.publishedAt) throw new AppError("conflict", "publish.already");
}

export function assertUnpublishable(claim: PublishableClaim): void {
  if (!claim.publishedAt) throw new AppError("conflict", "publish.notPublished");
}

/** What reopening a verified claim clears: its approval and, since it is being reworked, its publication. */
export const REOPEN_CLEARS = { approvedById: null, approvedAt: null, publishedById: null, publishedAt: null } as const;

/**
 * What backs a verdict (sources, evidence, figure checks, acknowledged findings) is frozen while a
 * verdict waits for review or stands: send the claim back or reopen it first.
 */
export function assertBackingMayChange(claim: { status: Status }): void {
  if (claim.status === "IN_REVIEW") throw new AppError("conflict", "backing.inReview");
  if (claim.status === "VERIFIED") throw new AppError("conflict", "backing.verified");
}

/** Whether a newer snapshot may re-anchor this claim's evidence now, or must wait until it is reopened or sent back. */
export function mayReanchor(claim: { status: Status }): boolean {
  return claim.status !== "IN_REVIEW" && claim.status !== "VERIFIED";
}

/** A verdict cannot rest on a quote that is no longer found in its source. */
export function assertNoOrphanedEvidence(anchors: string[]): void {
  const orphaned = anchors.filter((a) => a === "ORPHANED").length;
  if (orphaned > 0) throw new AppError("conflict", message("evidence.orphaned", { count: orphaned }));
}

/**
 * Corrections of what the engine proposed are made while a claim is worked on; a proposed or
 * approved verdict fixes them until it is sent back or reopened. What backs the verdict (figures,
 * sources, evidence) is refused by the same rule as attaching and quoting, with its message.
 */
export function assertCorrectable(actor: Actor, claim: WorkflowClaim, what: "text" | "backing" = "text"): void {
  if (!canEditClaim(actor, claim)) throw new AppError("forbidden", "claim.cannotChange");
  if (what === "backing") return assertBackingMayChange(claim);
  if (claim.status === "IN_REVIEW" || claim.status === "VERIFIED") throw new AppError("conflict", "claim.locked");
}
