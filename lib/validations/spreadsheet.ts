import { z } from "zod";
import { bulletinMetaSchema } from "./bulletin";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const column = z.coerce.number().int().min(0).max(199);
const optionalColumn = z.preprocess(blank, column.optional());

/** The import screen's form: the bulletin's details, the sheet and which column holds what. */
export const spreadsheetImportSchema = bulletinMetaSchema
  .extend({
    fileName: z.string().trim().max(300).default(""),
    sheet: z.preprocess(blank, z.coerce.number().int().min(0).default(0)),
    statementColumn: z.preprocess(blank, column.optional()).refine((v) => v !== undefined, "spreadsheet.chooseColumn"),
    sourceUrlColumn: optionalColumn,
    verdictColumn: optionalColumn,
    notesColumn: optionalColumn,
  })
  .transform(({ statementColumn, sourceUrlColumn, verdictColumn, notesColumn, ...rest }) => ({
    ...rest,
    mapping: { statement: statementColumn as number, sourceUrl: sourceUrlColumn, verdict: verdictColumn, notes: notesColumn },
  }));

export type SpreadsheetImportInput = z.infer<typeof spreadsheetImportSchema>;
