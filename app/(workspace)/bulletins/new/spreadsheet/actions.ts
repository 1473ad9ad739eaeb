"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { formAction } from "@/lib/actions/safe-action";
import { canImportBulletin } from "@/lib/auth/permissions";
import { importSpreadsheet, previewWorkbook, type WorkbookPreview } from "@/lib/bulletins/spreadsheet-import";
import { AppError, forbidden } from "@/lib/errors";
import { IngestError } from "@/lib/ingest";
import { readSpreadsheet, type Workbook } from "@/lib/ingest/spreadsheet";
import { spreadsheetImportSchema } from "@/lib/validations/spreadsheet";

const CHOOSE_FILE = "spreadsheet.chooseFile";
const fileSchema = z.instanceof(File, { error: CHOOSE_FILE }).refine((f) => f.size > 0 || !f.name, CHOOSE_FILE);

/** The upload, read; a file the reader refuses is the user's error, told in their language. */
async function read(file: File): Promise<Workbook> {
  try {
    return await readSpreadsheet({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    if (error instanceof IngestError) throw new AppError("bad_request", error.msg, { file: [error.msg] });
    throw error;
  }
}

/** Reads the spreadsheet and shows its sheets with the guessed columns; stores nothing. */
export const previewSpreadsheetAction = formAction(z.object({ file: fileSchema }), async (user, { file }) => {
  if (!canImportBulletin(user)) throw forbidden("bulletin.onlyEditorImports");
  const sheets: WorkbookPreview = previewWorkbook(await read(file));
  if (!sheets.some((s) => s.columns.length > 0)) throw new AppError("bad_request", "spreadsheet.noRows");
  return { data: { fileName: file.name, sheets } };
});

/** Reads the same file again with the editor's choices and creates the bulletin. */
export const createFromSpreadsheetAction = formAction(spreadsheetImportSchema.and(z.object({ file: fileSchema })), async (user, input) => {
  if (!canImportBulletin(user)) throw forbidden("bulletin.onlyEditorImports");
  const { id } = await importSpreadsheet(db, user, await read(input.file), input);
  return { data: { id } };
});
