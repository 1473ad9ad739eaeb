"use server";

import { db } from "@/lib/db";
import { jsonAction } from "@/lib/actions/safe-action";
import { assignClaims } from "@/lib/claims/assign";
import { addComment } from "@/lib/claims/comments";
import { addClaim, mergeClaims, setDismissed, splitClaim, updateSpan } from "@/lib/claims/edit";
import { approveVerdict, proposeVerdict, reopenClaim, sendBack, startClaim } from "@/lib/claims/steps";
import {
  addClaimSchema, approveSchema, assignSchema, commentSchema, dismissSchema, mergeSchema, proposeSchema,
  reopenSchema, sendBackSchema, spanSchema, splitSchema, startSchema,
} from "@/lib/validations/claim";

// The workspace's mutations. jsonAction authenticates and validates; each lib function checks the
// permission and the workflow rule on the row it reads inside its transaction.

const ref = (input: { claimId: string; version: number }) => ({ id: input.claimId, version: input.version });

export const startClaimAction = jsonAction(startSchema, (user, input) => startClaim(db, user, ref(input)));
export const proposeVerdictAction = jsonAction(proposeSchema, (user, input) =>
  proposeVerdict(db, user, ref(input), input.verdict, input.rationale),
);
export const approveVerdictAction = jsonAction(approveSchema, (user, input) => approveVerdict(db, user, ref(input)));
export const sendBackAction = jsonAction(sendBackSchema, (user, input) => sendBack(db, user, ref(input), input.comment));
export const reopenClaimAction = jsonAction(reopenSchema, (user, input) => reopenClaim(db, user, ref(input), input.comment));
export const dismissClaimAction = jsonAction(dismissSchema, (user, input) =>
  setDismissed(db, user, ref(input), input.dismissed, input.reason),
);
export const assignClaimsAction = jsonAction(assignSchema, (user, input) => assignClaims(db, user, input.claims, input.assigneeId));
export const updateSpanAction = jsonAction(spanSchema, (user, input) => updateSpan(db, user, ref(input), input.start, input.end));
export const splitClaimAction = jsonAction(splitSchema, (user, input) => splitClaim(db, user, ref(input), input.at));
export const mergeClaimsAction = jsonAction(mergeSchema, (user, input) => mergeClaims(db, user, input.claims));
export const addClaimAction = jsonAction(addClaimSchema, (user, input) => addClaim(db, user, input.bulletinId, input.start, input.end, input.requestKey));
export const addCommentAction = jsonAction(commentSchema, (user, input) => addComment(db, user, input.claimId, input.body, input.requestKey));
