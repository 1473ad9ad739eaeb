import { readTable, type Table, type TableGrid } from "@/lib/evidence";
import { IngestError } from "./errors";
import { extensionOf } from "./formats";
import { cellText, readSpreadsheet } from "./spreadsheet";

export const TABLE_EXTENSIONS = [".csv", ".tsv", ".xlsx"] as const;

/** Whether an upload is a statistics table (read by readTableSource, not readDocument). */
export const isTableFile = (name: string, type?: string) =>
  (TABLE_EXTENSIONS as readonly string[]).includes(extensionOf(name)) || (!extensionOf(name) && /csv|spreadsheetml/.test(type ?? ""));

/** A mostly undecodable CSV (`�` in many cells) was written in an encoding the reader did not guess. */
function assertDecoded(grid: TableGrid) {
  const cells = grid.sheets.flatMap((s) => s.rows.flat()).filter((v): v is string => v !== null);
  if (cells.length && cells.filter((v) => v.includes("\uFFFD")).length * 5 > cells.length) throw new IngestError("unreadable", "ingest.tableEncoding");
}

/**
 * Reads a CSV or XLSX statistics table (within the spreadsheet reader's size, zip and sheet bounds)
 * into its grid and Table: the snapshot text is the table's rendering, the grid is stored beside it.
 */
export async function readTableSource(file: { name: string; type?: string; bytes: Uint8Array }): Promise<{ table: Table; grid: TableGrid }> {
  const book = await readSpreadsheet(file);
  const grid: TableGrid = {
    format: book.format,
    sheets: book.sheets.map((s) => ({ name: s.name, rows: s.rows.map((row) => row.map((cell) => (cell === null ? null : cellText(cell) || null))) })),
  };
  assertDecoded(grid);
  const table = readTable(grid);
  if (!/\S/.test(table.text)) throw new IngestError("empty", "ingest.noText");
  if (table.cells.length === 0) throw new IngestError("empty", "ingest.tableNoNumbers");
  return { table, grid };
}
