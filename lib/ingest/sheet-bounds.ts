import JSZip from "jszip";
import { message } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";

// exceljs builds an object for every cell position it is told about: a 6 KB workbook with one cell
// at row 1,048,576, or one merged range over a million cells, grows the server by about a gigabyte
// while loading, long before any row limit is checked. So the sheet parts are scanned first (the
// zip guard has already bounded their size) and a workbook that would make too many cells is
// refused before exceljs sees it. Written by hand because no maintained library reports an XLSX
// part's extent without building its cells.

export type SheetBounds = { maxRows: number; maxCells: number; maxMergedCells: number };

/** A claim sheet or a statistics table is far smaller; each bound keeps exceljs under ~100 MB. */
export const DEFAULT_SHEET_BOUNDS: SheetBounds = { maxRows: 20_001, maxCells: 250_000, maxMergedCells: 50_000 };

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
// Element names may carry a namespace prefix (`<x:c>`), as some writers produce.
const CELL = /<(?:\w+:)?c[\s/>]/g;
const CELL_ROW = /<(?:\w+:)?c\b[^>]*?\br="[A-Z]{1,3}(\d+)"/g;
const ROW = /<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"/g;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}


/** Refuses a workbook whose sheets would make more rows, cells or merged cells than the bounds allow. */
export async function assertSheetsBounded(archive: Uint8Array, bounds: SheetBounds = DEFAULT_SHEET_BOUNDS): Promise<void> {
  const zip = await JSZip.loadAsync(archive);
  let cells = 0;
  let merged = 0;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !SHEET_PART.test(part.name)) continue;
    const xml = await part.async("string");
    let lastRow = 0;
    for (const m of xml.matchAll(ROW)) lastRow = Math.max(lastRow, Number(m[1]));
    for (const m of xml.matchAll(CELL_ROW)) lastRow = Math.max(lastRow, Number(m[1]));
    for (const m of xml.matchAll(MERGE)) {
      const [top, bottom] = [Number(m[2]), Number(m[4] ?? m[2])];
      const width = Math.abs(column(m[3] ?? m[1]) - column(m[1])) + 1;
      lastRow = Math.max(lastRow, top, bottom);
      merged += width * (Math.abs(bottom - top) + 1);
    }
    if (lastRow > bounds.maxRows) {
      throw new IngestError("too_large", message("ingest.sheetReachesRow", { row: lastRow, max: bounds.maxRows - 1 }));
    }
    cells += xml.match(CELL)?.length ?? 0;
  }
  if (cells > bounds.maxCells) {
    throw new IngestError("too_large", message("ingest.sheetTooManyCells", { cells, max: bounds.maxCells }));
  }
  if (merged > bounds.maxMergedCells) {
    throw new IngestError("too_large", message("ingest.sheetMergedTooLarge", { cells: merged, max: bounds.maxMergedCells }));
  }
}
