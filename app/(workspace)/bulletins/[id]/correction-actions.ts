"use server";

import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { bulkChange, editClaim, setPriority, setTags } from "@/lib/claims/corrections";
import { deleteEvidence, detachSource, editEvidence } from "@/lib/claims/evidence-corrections";
import { addFigure, editFigure, proposeFigure, removeFigure } from "@/lib/claims/figure-corrections";
import {
  bulkSchema, detachSourceSchema, editClaimSchema, evidenceDeleteSchema, evidenceEditSchema, figureAddSchema, figureEditSchema,
  figureProposeSchema, figureRemoveSchema, prioritySchema, tagsSchema,
} from "@/lib/validations/claim";

// Corrections of what the engine got wrong. jsonAction authenticates and validates; each lib
// function checks the permission and the workflow rule on the row it reads inside its transaction.

const ref = (input: { claimId: string; version: number }) => ({ id: input.claimId, version: input.version });

export const editClaimAction = jsonAction(editClaimSchema, (user, { claimId, version, ...edit }) => editClaim(db, user, ref({ claimId, version }), edit));
export const setTagsAction = jsonAction(tagsSchema, (user, input) => setTags(db, user, ref(input), input.tags));
export const setPriorityAction = jsonAction(prioritySchema, (user, input) => setPriority(db, user, ref(input), input.priority));
export const bulkChangeAction = jsonAction(bulkSchema, (user, input) => bulkChange(db, user, input.claims, input.change));

export const proposeFigureAction = jsonAction(figureProposeSchema, (_user, input) => proposeFigure(db, input.claimId, input));
export const addFigureAction = jsonAction(figureAddSchema, (user, { claimId, version, start, end, ...fields }) =>
  addFigure(db, user, ref({ claimId, version }), { start, end }, fields),
);
export const editFigureAction = jsonAction(figureEditSchema, (user, { claimId, version, figureId, ...fields }) =>
  editFigure(db, user, ref({ claimId, version }), figureId, fields),
);
export const removeFigureAction = jsonAction(figureRemoveSchema, (user, input) => removeFigure(db, user, ref(input), input.figureId));

export const detachSourceAction = jsonAction(detachSourceSchema, (user, input) => detachSource(db, user, ref(input), input.sourceId));
export const editEvidenceAction = jsonAction(evidenceEditSchema, (user, { claimId, version, evidenceId, ...edit }) =>
  editEvidence(db, user, ref({ claimId, version }), evidenceId, edit),
);
export const deleteEvidenceAction = jsonAction(evidenceDeleteSchema, (user, input) => deleteEvidence(db, user, ref(input), input.evidenceId));
