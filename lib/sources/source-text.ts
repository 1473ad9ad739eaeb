import { AppError } from "@/lib/errors";
import { readDocument, type IngestFile } from "@/lib/ingest";
import { isTableFile, readTableSource } from "@/lib/ingest/table-source";
import { firstIssueKey } from "@/lib/validations/field-errors";
import { snapshotTextSchema } from "@/lib/validations/source";

/**
 * The text of a new source or snapshot: a file read like an import (a CSV or XLSX as a table, its
 * cells kept beside the rendered text), else the pasted text. Either way it meets the same limits;
 * the content type says which reader it came through.
 */
export async function sourceTextOf(input: { text?: string; file?: IngestFile }): Promise<{ text: string; contentType: string; table?: { tableGrid: string } }> {
  let text = input.text ?? "";
  let contentType = "text/plain";
  let table: { tableGrid: string } | undefined;
  if (input.file && input.file.bytes.length > 0 && isTableFile(input.file.name, input.file.type)) {
    const read = await readTableSource(input.file);
    text = read.table.text;
    contentType = `text/plain; from=${read.grid.format}`;
    table = { tableGrid: JSON.stringify(read.grid) };
  } else if (input.file && input.file.bytes.length > 0) {
    const read = await readDocument(input.file);
    text = read.text;
    contentType = `text/plain; from=${read.format}`;
  }
  const parsed = snapshotTextSchema.safeParse(text);
  if (!parsed.success) throw new AppError("bad_request", firstIssueKey(parsed.error), { text: [firstIssueKey(parsed.error)] });
  return { text: parsed.data, contentType, table };
}
