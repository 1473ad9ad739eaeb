"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { assertFormData, failureResult, jsonAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { IngestError, readDocument } from "@/lib/ingest";
import { acknowledgeFinding, recordFigureCheck } from "@/lib/claims/figure-checks";
import { claimView } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/dto";
import { addEvidence } from "@/lib/sources/evidence";
import { proposeFigureCheck } from "@/lib/sources/figure-proposal";
import { addSnapshot, addSourceToClaim, attachSource } from "@/lib/sources/service";
import { inRequestLanguage } from "@/lib/i18n/error-locale";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { requestKey } from "@/lib/validations/request-key";
import { acknowledgeSchema, attachSourceSchema, evidenceSchema, figureCheckSchema, snapshotTextSchema, sourceMetaSchema } from "@/lib/validations/source";

async function fresh(claimId: string): Promise<ClaimView> {
  const view = await claimView(claimId);
  if (!view) throw new AppError("not_found", "This claim no longer exists.");
  return view;
}

/** The text of a source: an uploaded file (read like an import) or the pasted text. */
async function sourceText(formData: FormData): Promise<{ text: string; contentType: string }> {
  const file = formData.get("file");
  let text = String(formData.get("text") ?? "");
  let contentType = "text/plain";
  if (file instanceof File && file.size > 0) {
    try {
      const read = await readDocument({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
      text = read.text;
      contentType = `text/plain; from=${read.format}`;
    } catch (error) {
      if (error instanceof IngestError) throw new AppError("bad_request", error.localised ?? error.message);
      throw error;
    }
  }
  // Pasted or read from a file, the text meets the same limits.
  const parsed = snapshotTextSchema.safeParse(text);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0].message, { text: [parsed.error.issues[0].message] });
  return { text: parsed.data, contentType };
}

/** The optional request key of a form (see lib/idempotency). */
function formKey(formData: FormData): string | undefined {
  const parsed = requestKey.safeParse(formData.get("requestKey") ?? undefined);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0].message);
  return parsed.data;
}

/** A required id from a form: missing is a clear error, not a crash. */
function formId(formData: FormData, name: string): string {
  const parsed = z.string().min(1).max(64).safeParse(formData.get(name));
  if (!parsed.success) throw new AppError("bad_request", `The request is missing ${name}.`);
  return parsed.data;
}

export async function addSourceAction(formData: FormData): Promise<ActionResult<{ claim: ClaimView; reused: boolean; title: string }>> {
  try {
    const user = await requireUser();
    assertFormData(formData);
    const claimId = formId(formData, "claimId");
    const meta = sourceMetaSchema.safeParse(Object.fromEntries(formData.entries()));
    if (!meta.success) {
      return { ok: false, error: { code: "bad_request", message: meta.error.issues[0].message, fieldErrors: fieldErrorsOf(meta.error) } };
    }
    const { text, contentType } = await sourceText(formData);
    const result = await addSourceToClaim(db, user, claimId, meta.data, text, contentType, formKey(formData));
    return { ok: true, data: { claim: await fresh(claimId), reused: result.reused, title: result.title } };
  } catch (error) {
    return failureResult(await inRequestLanguage(error));
  }
}

export async function addSnapshotAction(formData: FormData): Promise<ActionResult<{ reanchored: number; orphaned: number; claim: ClaimView | null }>> {
  try {
    const user = await requireUser();
    assertFormData(formData);
    const sourceId = formId(formData, "sourceId");
    const claimId = formData.get("claimId") ? formId(formData, "claimId") : undefined;
    const { text, contentType } = await sourceText(formData);
    const result = await addSnapshot(db, user, sourceId, text, contentType, formKey(formData));
    // The claim being read comes back with its evidence re-anchored.
    return { ok: true, data: { reanchored: result.reanchored, orphaned: result.orphaned, claim: claimId ? await fresh(claimId) : null } };
  } catch (error) {
    return failureResult(await inRequestLanguage(error));
  }
}

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
