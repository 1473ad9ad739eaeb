import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { message } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";
import { extensionOf } from "./formats";
import { checkSize } from "./size";
import { sniff } from "./sniff";
import { assertSheetsBounded } from "./sheet-bounds";
import { safeZip } from "./zip";

// Spreadsheets (XLSX through exceljs, CSV through csv-parse) as sheets of rows of cells, for any
// reader of tables: claims a desk tracked in a sheet, statistics tables used as sources.

/** A link cell keeps both what it shows and where it points. */
export type SheetLink = { text: string; hyperlink: string };
export type SheetCell = string | number | boolean | Date | SheetLink | null;
export type Sheet = { name: string; rows: SheetCell[][] };
export type Workbook = { format: "xlsx" | "csv"; sheets: Sheet[] };

export type SpreadsheetFile = { name: string; type?: string; bytes: Uint8Array };

export const SPREADSHEET_EXTENSIONS = [".xlsx", ".csv", ".tsv"] as const;
const MAX_BYTES = 10 * 1024 * 1024;
/** Rows read from one sheet; a desk's claim sheet or a statistics table is far smaller. */
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

const unreadable = (cause?: unknown) =>
  new IngestError(
    "unreadable",
    "ingest.sheetUnreadable",
    { cause },
  );

/** The text a person sees in a cell; dates as ISO dates (with the time when there is one). */
export function cellText(cell: SheetCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 16).replace("T", " ")}`;
  }
  if (typeof cell === "object") return cell.text;
  return String(cell).trim();
}

/** Where a cell points: its hyperlink, or its text when that is a web address. */
export function cellUrl(cell: SheetCell): string | null {
  if (cell && typeof cell === "object" && !(cell instanceof Date)) return cell.hyperlink;
  const text = cellText(cell);
  return /^https?:\/\/\S+$/i.test(text) ? text : null;
}

function formatOf(file: SpreadsheetFile): "xlsx" | "csv" | "tsv" {
  const extension = extensionOf(file.name);
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".csv") return "csv";
  if (extension === ".tsv") return "tsv";
  if (!extension && /spreadsheetml/.test(file.type ?? "")) return "xlsx";
  if (!extension && /csv/.test(file.type ?? "")) return "csv";
  throw new IngestError("unsupported_type", "ingest.sheetType");
}

/**
 * Reads every sheet of an .xlsx or .csv upload. Merged ranges are resolved: every cell of a range
 * holds the range's value, so a verdict merged over three rows belongs to each of them. Empty rows
 * are kept (as rows of nulls), for the caller to skip; rows are trimmed of trailing empty cells.
 */
export async function readSpreadsheet(file: SpreadsheetFile): Promise<Workbook> {
  checkSize(file.bytes, MAX_BYTES);
  const format = formatOf(file);
  const kind = sniff(file.bytes, { textExpected: format !== "xlsx" });
  if (format === "xlsx") {
    if (kind === "ole") {
      throw new IngestError("unreadable", "ingest.oldXls");
    }
    if (kind !== "zip") throw unreadable();
    // Unzipping is where a hostile workbook does harm: the shared guard looks first, and exceljs
    // reads only the archive the guard rebuilt from the entries it checked, once its sheets are
    // known to make a bounded number of cells.
    const checked = await safeZip(file.bytes);
    await assertSheetsBounded(checked);
    return { format, sheets: await readXlsx(checked) };
  }
  if (kind && kind !== "pdf") throw unreadable();
  return { format: "csv", sheets: [{ name: file.name.replace(/\.[^.]+$/, ""), rows: readDelimited(decodeTable(file.bytes), format === "tsv" ? "\t" : undefined) }] };
}

function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("") || null;
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : cellText(cellValue(value.text as ExcelJS.CellValue));
    return { text: text || String(value.hyperlink), hyperlink: String(value.hyperlink) };
  }
  if ("formula" in value || "sharedFormula" in value) return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  // An error value (#N/A, #DIV/0!) says nothing about the claim.
  return null;
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const { default: excel } = await import("exceljs");
  const book = new excel.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (cause) {
    throw unreadable(cause);
  }
  return book.worksheets.map((ws) => {
    if (ws.rowCount > MAX_ROWS + 1) throw tooManyRows(ws.rowCount);
    // Only the cells that exist (merged ones included): walking every position would create them.
    const rows: SheetCell[][] = Array.from({ length: ws.rowCount }, () => []);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells = rows[r - 1];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > MAX_COLUMNS) return;
        while (cells.length < c - 1) cells.push(null);
        // A merged cell reads as its range's top-left cell.
        cells.push(cellValue(cell.isMerged ? cell.master.value : cell.value));
      });
      rows[r - 1] = trimRow(cells);
    });
    return { name: ws.name, rows };
  });
}

const tooManyRows = (rows: number) =>
  new IngestError("too_large", message("ingest.sheetTooManyRows", { rows, max: MAX_ROWS }));

function trimRow(cells: SheetCell[]): SheetCell[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}

/**
 * CSV text: UTF-8 (with or without a byte-order mark), UTF-16 with one, or else GB18030, which
 * is what spreadsheet software on Chinese Windows writes.
 */
function decodeTable(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch (cause) {
      throw unreadable(cause);
    }
  }
}

/** The delimiter used most on the first line, outside quotes: comma, semicolon or tab. */
function delimiterOf(text: string): string {
  const line = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((d) => [d, line.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readDelimited(text: string, delimiter = delimiterOf(text)): SheetCell[][] {
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (cause) {
    throw unreadable(cause);
  }
  if (records.length > MAX_ROWS + 1) throw tooManyRows(records.length);
  return records.map((record) => trimRow(record.slice(0, MAX_COLUMNS).map((v) => (v.trim() === "" ? null : v))));
}
