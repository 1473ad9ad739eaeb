import { AppError } from "@/lib/errors";
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
    throw new AppError("conflict", "This claim is dismissed. Restore it before working on it.");
  }
  switch (step) {
    case "start":
      if (!canEditClaim(actor, claim)) throw new AppError("forbidden", "You cannot work on this claim.");
      if (claim.status !== "UNVERIFIED") throw new AppError("conflict", "Only an unverified claim can be started.");
      return "IN_PROGRESS";
    case "propose":
      if (!canProposeVerdict(actor, claim)) {
        throw new AppError(
          claim.status === "IN_REVIEW" || claim.status === "VERIFIED" ? "conflict" : "forbidden",
          claim.status === "IN_REVIEW"
            ? "A verdict is already waiting for review."
            : claim.status === "VERIFIED"
              ? "This claim is already verified. An editor can reopen it."
              : "You cannot propose a verdict on this claim.",
        );
      }
      return "IN_REVIEW";
    case "approve":
    case "send-back":
      if (claim.status !== "IN_REVIEW") throw new AppError("conflict", "Only a claim in review can be approved or sent back.");
      if (claim.proposedById === actor.id) {
        throw new AppError("forbidden", "You proposed this verdict: a second person must review it.");
      }
      if (!canApproveVerdict(actor, claim)) throw new AppError("forbidden", "Only an editor can review a proposed verdict.");
      return step === "approve" ? "VERIFIED" : "IN_PROGRESS";
    case "reopen":
      if (actor.role === "REVIEWER" || !actor.active) throw new AppError("forbidden", "Only an editor can reopen a claim.");
      if (claim.status !== "VERIFIED") throw new AppError("conflict", "Only a verified claim can be reopened.");
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
    throw new AppError(
      "bad_request",
      `Check every figure first: ${unchecked} of ${figureChecks.length} ${figureChecks.length === 1 ? "is" : "are"} not checked (mark a figure "not checkable", with a reason, if no source can settle it).`,
    );
  }
  if (verdict !== "UNVERIFIABLE" && evidenceStances.length === 0) {
    throw new AppError("bad_request", "A verdict other than unverifiable needs at least one piece of evidence from a source.");
  }
  if ((verdict === "INACCURATE" || verdict === "MISLEADING") && !evidenceStances.includes("REFUTES") && !figureChecks.includes("DIFFERS")) {
    throw new AppError("bad_request", "An inaccurate or misleading verdict needs evidence that refutes the claim, or a figure that differs from its source.");
  }
}

/**
 * What backs a verdict (sources, evidence, figure checks, acknowledged findings) is frozen while a
 * verdict waits for review or stands: send the claim back or reopen it first.
 */
export function assertBackingMayChange(claim: { status: Status }): void {
  if (claim.status === "IN_REVIEW") {
    throw new AppError("conflict", {
      en: "A verdict on this claim is waiting for review: approve it or send it back before changing its sources, evidence or figure checks.",
      zh: "该声明的结论正在等待审核：请先批准或退回，再修改其来源、证据或数字核对。",
    });
  }
  if (claim.status === "VERIFIED") {
    throw new AppError("conflict", {
      en: "This claim is verified: an editor must reopen it before its sources, evidence or figure checks change.",
      zh: "该声明已核实：须由编辑重新打开后，才能修改其来源、证据或数字核对。",
    });
  }
}

/** Whether a newer snapshot may re-anchor this claim's evidence now, or must wait until it is reopened or sent back. */
export function mayReanchor(claim: { status: Status }): boolean {
  return claim.status !== "IN_REVIEW" && claim.status !== "VERIFIED";
}

/** A verdict cannot rest on a quote that is no longer found in its source. */
export function assertNoOrphanedEvidence(anchors: string[]): void {
  const orphaned = anchors.filter((a) => a === "ORPHANED").length;
  if (orphaned > 0) {
    throw new AppError("conflict", {
      en: `${orphaned} piece${orphaned === 1 ? "" : "s"} of evidence ${orphaned === 1 ? "is" : "are"} no longer found in the newest snapshot of ${orphaned === 1 ? "its" : "their"} source: check the passage and quote it again first.`,
      zh: `有 ${orphaned} 条证据在其来源的最新快照中已找不到：请先核对该段落并重新引用。`,
    });
  }
}
