"use server";

import { db } from "@/lib/db";
import { jsonAction, uploadAction } from "@/lib/actions/safe-action";
import { canImportBulletin } from "@/lib/auth/permissions";
import { findDuplicate } from "@/lib/bulletins/duplicates";
import { previewCleaning } from "@/lib/bulletins/import";
import { startImport, waitForImport } from "@/lib/jobs/imports";
import { AppError } from "@/lib/errors";
import { readDocument } from "@/lib/ingest";
import { message } from "@/lib/i18n/catalogue";
import { invalidInput } from "@/lib/validations/field-errors";
import { bulletinTextSchema, createBulletinSchema } from "@/lib/validations/bulletin";
import { z } from "zod";

export type Preview = Awaited<ReturnType<typeof previewCleaning>> & { originalText: string; fileTitle?: string; duplicate: { id: string; title: string } | null };

const languageSchema = z.enum(["zh", "en", "auto"]).catch("auto");

/** Reads the pasted text or the uploaded file and shows what cleaning would change; stores nothing. */
export const previewImportAction = uploadAction(async (user, formData): Promise<Preview> => {
  if (!canImportBulletin(user)) throw new AppError("forbidden", "bulletin.onlyEditorImports");
  const file = formData.get("file");
  let originalText = String(formData.get("text") ?? "");
  let fileTitle: string | undefined;
  if (file instanceof File && file.size > 0) {
    const read = await readDocument({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
    originalText = read.text;
    fileTitle = read.title;
  } else if (file instanceof File && file.name) {
    throw new AppError("bad_request", message("bulletin.fileEmpty", { name: file.name }));
  }
  const text = bulletinTextSchema.safeParse(originalText);
  if (!text.success) throw invalidInput(text.error);
  const preview = await previewCleaning(originalText, languageSchema.parse(formData.get("language")));
  return { ...preview, originalText, fileTitle, duplicate: await findDuplicate(db, preview.cleanText) };
});

/** Imports the bulletin; a large one continues as a background job whose state the page asks for. */
export const createBulletinAction = jsonAction(createBulletinSchema, (user, input) => startImport(db, user, input));

export const importStateAction = jsonAction(z.object({ jobId: z.uuid() }), (user, input) => waitForImport(db, user, input.jobId, 5_000));
