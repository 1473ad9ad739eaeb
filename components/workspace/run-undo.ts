import {
  addFigureAction, editClaimAction, editEvidenceAction, editFigureAction, removeFigureAction, setPriorityAction, setTagsAction,
} from "@/app/(workspace)/bulletins/[id]/correction-actions";
import { addEvidenceAction, attachSourceAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import type { ClaimView } from "./types";
import type { UndoStep } from "./undo";

type Ref = { claimId: string; version: number };

/** One undo step as the correction it is, with the claim's current version. */
export function runUndoStep(step: UndoStep, ref: Ref): Promise<ActionResult<ClaimView>> {
  switch (step.kind) {
    case "edit":
      return editClaimAction({ ...ref, statement: step.statement, kind: step.claimKind, speaker: step.speaker });
    case "tags":
      return setTagsAction({ ...ref, tags: step.tags });
    case "priority":
      return setPriorityAction({ ...ref, priority: step.priority });
    case "figure-add":
      return addFigureAction({ ...ref, start: step.start, end: step.end, ...step.fields });
    case "figure-remove":
      return removeFigureAction({ ...ref, figureId: step.figureId });
    case "figure-edit":
      return editFigureAction({ ...ref, figureId: step.figureId, ...step.fields });
    case "source-attach":
      return attachSourceAction({ claimId: ref.claimId, sourceId: step.sourceId });
    case "evidence-add":
      return addEvidenceAction({ claimId: ref.claimId, ...step.evidence, note: step.evidence.note ?? undefined });
    case "evidence-edit":
      return editEvidenceAction({ ...ref, evidenceId: step.evidenceId, stance: step.stance, note: step.note, start: step.start, end: step.end });
  }
}

/** Runs the steps in order, each with the version the previous one left; stops at the first refusal. */
export async function runUndo(claim: ClaimView, steps: UndoStep[]): Promise<ActionResult<ClaimView>> {
  let result: ActionResult<ClaimView> = { ok: true, data: claim };
  for (const step of steps) {
    if (!result.ok) break;
    result = await runUndoStep(step, { claimId: claim.id, version: result.data.version });
  }
  return result;
}
