"use server";

import { db } from "@/lib/db";
import { assertFormData, failureResult, jsonAction } from "@/lib/actions/safe-action";
import { inRequestLanguage } from "@/lib/i18n/error-locale";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { ONLY_EDITORS_IMPORT, previewCleaning } from "@/lib/bulletins/import";
import { startImport, waitForImport } from "@/lib/jobs/imports";
import { AppError } from "@/lib/errors";
import { IngestError, readDocument } from "@/lib/ingest";
import { bulletinTextSchema, createBulletinSchema } from "@/lib/validations/bulletin";
import { z } from "zod";

export type Preview = Awaited<ReturnType<typeof previewCleaning>> & { originalText: string; fileTitle?: string };

const languageSchema = z.enum(["zh", "en", "auto"]).catch("auto");

/** Reads the pasted text or the uploaded file and shows what cleaning would change; stores nothing. */
export async function previewImportAction(formData: FormData): Promise<ActionResult<Preview>> {
  try {
    const user = await requireUser();
    assertFormData(formData);
    if (!canImportBulletin(user)) throw new AppError("forbidden", ONLY_EDITORS_IMPORT);
    const file = formData.get("file");
    let originalText = String(formData.get("text") ?? "");
    let fileTitle: string | undefined;
    if (file instanceof File && file.size > 0) {
      const read = await readDocument({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
      originalText = read.text;
      fileTitle = read.title;
    } else if (file instanceof File && file.name) {
      throw new AppError("bad_request", { en: `The file “${file.name}” is empty.`, zh: `文件“${file.name}”为空。` });
    }
    const text = bulletinTextSchema.safeParse(originalText);
    if (!text.success) throw new AppError("bad_request", text.error.issues[0].message);
    const preview = await previewCleaning(originalText, languageSchema.parse(formData.get("language")));
    return { ok: true, data: { ...preview, originalText, fileTitle } };
  } catch (error) {
    return failureResult(await inRequestLanguage(error instanceof IngestError ? new AppError("bad_request", error.localised ?? error.message) : error));
  }
}

/** Imports the bulletin; a large one continues as a background job whose state the page asks for. */
export const createBulletinAction = jsonAction(createBulletinSchema, (user, input) => startImport(db, user, input));

export const importStateAction = jsonAction(z.object({ jobId: z.uuid() }), (user, input) => waitForImport(db, user, input.jobId, 5_000));
