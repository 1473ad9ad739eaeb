import { nextStatus, type Step } from "@/lib/claims/workflow";
import type { ClaimView } from "@/lib/claims/dto";
import type { WorkspaceUser } from "./types";

// A workflow step shows its outcome the moment it is clicked; the server's answer then replaces it
// (the row it wrote) or takes it back (a refusal or a conflict, with the server's message).

export type StepKind = Step | "dismiss" | "restore";

/** The pending step's change to a claim. */
export type Pending = { claimId: string; patch: Partial<ClaimView> };

/**
 * What `kind` will change on `claim`, by the same workflow rules the server applies; null when the
 * rules already refuse it (the server is still asked, and its answer says why).
 */
export function optimisticPatch(kind: StepKind, claim: ClaimView, me: WorkspaceUser, extra: Record<string, unknown> = {}): Partial<ClaimView> | null {
  if (kind === "dismiss" || kind === "restore") return { dismissed: kind === "dismiss" };
  let status: ClaimView["status"];
  try {
    status = nextStatus({ ...me, active: true }, claim, kind);
  } catch {
    return null;
  }
  if (kind === "start") return { status, assigneeId: claim.assigneeId ?? me.id };
  if (kind === "propose") return { status, proposedById: me.id, verdict: extra.verdict as ClaimView["verdict"], rationale: typeof extra.rationale === "string" ? extra.rationale : claim.rationale };
  return { status };
}

/** A claim with the pending step's change laid over it, when it is that claim. */
export function withPending(claim: ClaimView, pending: Pending | null): ClaimView {
  return pending && pending.claimId === claim.id ? { ...claim, ...pending.patch } : claim;
}
