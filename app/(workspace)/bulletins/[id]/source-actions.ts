"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { jsonAction, uploadAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import { acknowledgeFinding, recordFigureCheck } from "@/lib/claims/figure-checks";
import { claimView } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/dto";
import { addEvidence } from "@/lib/sources/evidence";
import { proposeFigureCheck } from "@/lib/sources/figure-proposal";
import { addSnapshot, addSourceToClaim, attachSource } from "@/lib/sources/service";
import { fetchSourceAgainJob, fetchSourceForClaimJob } from "@/lib/jobs/source-fetch";
import { invalidInput } from "@/lib/validations/field-errors";
import { message } from "@/lib/i18n/catalogue";
import { requestKeyOfForm, sourceTextOfForm } from "@/lib/sources/form-text";
import {
  acknowledgeSchema, attachSourceSchema, evidenceSchema, fetchAgainSchema, fetchSourceSchema, figureCheckSchema, sourceMetaSchema,
} from "@/lib/validations/source";

async function fresh(claimId: string): Promise<ClaimView> {
  const view = await claimView(claimId);
  if (!view) throw new AppError("not_found", "claim.gone");
  return view;
}

/** A required id from a form: missing is a clear error, not a crash. */
function formId(formData: FormData, name: string): string {
  const parsed = z.string().min(1).max(64).safeParse(formData.get(name));
  if (!parsed.success) throw new AppError("bad_request", message("missingField", { name }));
  return parsed.data;
}

export const addSourceAction = uploadAction(async (user, formData) => {
  const claimId = formId(formData, "claimId");
  const meta = sourceMetaSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!meta.success) throw invalidInput(meta.error);
  const { text, contentType, table } = await sourceTextOfForm(formData);
  const result = await addSourceToClaim(db, user, claimId, meta.data, text, contentType, requestKeyOfForm(formData), table);
  return { claim: await fresh(claimId), reused: result.reused, title: result.title };
});

export const addSnapshotAction = uploadAction(async (user, formData) => {
  const sourceId = formId(formData, "sourceId");
  const claimId = formData.get("claimId") ? formId(formData, "claimId") : undefined;
  const { text, contentType, table } = await sourceTextOfForm(formData);
  const result = await addSnapshot(db, user, sourceId, text, contentType, requestKeyOfForm(formData), table);
  // The claim being read comes back with its evidence re-anchored.
  return { reanchored: result.reanchored, orphaned: result.orphaned, claim: claimId ? await fresh(claimId) : null };
});

/** Attach source → From a URL: the server fetches the page and stores it as the source's first snapshot. */
export const fetchSourceAction = jsonAction(fetchSourceSchema, async (user, { claimId, requestKey: key, ...meta }) => {
  const result = await fetchSourceForClaimJob(db, user, claimId, meta, key);
  return { claim: await fresh(claimId), reused: result.reused, title: result.title };
});

/** Fetch again: a new snapshot only when the page changed; the claim being read comes back re-anchored. */
export const fetchAgainAction = jsonAction(fetchAgainSchema, async (user, input) => {
  const result = await fetchSourceAgainJob(db, user, input.sourceId, input.requestKey);
  return { ...result, claim: input.claimId ? await fresh(input.claimId) : null };
});

export const attachSourceAction = jsonAction(attachSourceSchema, async (user, input) => {
  await attachSource(db, user, input.claimId, input.sourceId);
  return fresh(input.claimId);
});

export const addEvidenceAction = jsonAction(evidenceSchema, async (user, input) => {
  await addEvidence(db, user, input);
  return fresh(input.claimId);
});

export const proposeFigureCheckAction = jsonAction(z.object({ claimId: z.string().min(1), figureId: z.string().min(1) }), async (_user, input) =>
  proposeFigureCheck(input.claimId, input.figureId),
);

export const recordFigureCheckAction = jsonAction(figureCheckSchema, (user, { claimId, version, ...input }) =>
  recordFigureCheck(db, user, { id: claimId, version }, input),
);

export const acknowledgeFindingAction = jsonAction(acknowledgeSchema, (user, input) =>
  acknowledgeFinding(db, user, { id: input.claimId, version: input.version }, input.findingId),
);
