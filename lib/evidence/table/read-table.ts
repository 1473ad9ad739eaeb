import { isTotal, isYearHeader, numberOf, periodOf, unitOf } from "./headers";
import type { Table, TableCell, TableGrid, TableSheet } from "./model";

// Reads the structure of a statistics table from its cells: title rows, header rows, row-header
// columns, merged headers (left empty after their first cell in CSV), units and periods. Written by
// hand: table libraries read cells, none says which header a number belongs to.

const MAX_HEADER_ROWS = 5;
const UNIT_HEADER = /^(?:计量单位|计量單位|单位|單位|units?)$/i;

type Row = (string | null)[];
const filled = (row: Row | undefined) => (row ?? []).filter((v) => v !== null && v.trim() !== "").length;
const isNumber = (v: string | null | undefined) => v !== null && v !== undefined && numberOf(v) !== undefined;
// Where headers are told from data, a year (`2023`) reads as a header; in the data it is a value (1985万吨).
const isValue = (v: string | null | undefined) => isNumber(v) && !isYearHeader(v!);

/** Renders the grid as the snapshot text and reads each sheet's headers and number cells. */
export function readTable(grid: TableGrid): Table {
  const parts: string[] = [];
  let offset = 0;
  const sheets: TableSheet[] = [];
  const cells: TableCell[] = [];
  grid.sheets.forEach((sheet, s) => {
    if (s > 0) {
      parts.push("\n\n");
      offset += 2;
    }
    if (grid.sheets.length > 1) {
      const line = `# ${sheet.name}\n`;
      parts.push(line);
      offset += line.length;
    }
    let end = sheet.rows.length;
    while (end > 0 && filled(sheet.rows[end - 1]) === 0) end--;
    const rows = sheet.rows.slice(0, end);
    const rendered = rows.map((row, r) => {
      const out = row.map((v) => {
        const text = (v ?? "").replace(/[\t\r\n]+/g, " ").trim();
        const at = { text, start: offset, end: offset + text.length };
        offset = at.end + 1;
        return at;
      });
      if (out.length === 0) offset += 1;
      const line = out.map((c) => c.text).join("\t");
      parts.push(r < rows.length - 1 ? `${line}\n` : line);
      return out;
    });
    // The last row has no newline after it.
    if (rows.length) offset -= 1;
    const read = readSheet(sheet.name, rows, rendered);
    sheets.push(read.sheet);
    cells.push(...read.cells);
  });
  return { format: grid.format, text: parts.join(""), sheets, cells };
}

function readSheet(name: string, rows: Row[], rendered: TableSheet["rows"]): { sheet: TableSheet; cells: TableCell[] } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const text = (r: number, c: number) => (rows[r]?.[c] ?? "").trim();

  // Title rows: one cell each, above a row of several.
  let first = 0;
  const title: string[] = [];
  while (first < rows.length && filled(rows[first]) <= 1 && rows.slice(first + 1).some((r) => filled(r) > 1)) {
    const t = rows[first].find((v) => v && v.trim());
    if (t) title.push(t.trim());
    first++;
  }
  const titleUnit = title.map(unitOf).find(Boolean);

  // Row-header columns: the leading columns that hold words, not numbers, below the title.
  const body = rows.slice(first).filter((r) => r.some((v, c) => c > 0 && isValue(v)));
  let headerCols = 0;
  while (headerCols < width - 1) {
    const values = body.map((r) => r[headerCols]).filter((v): v is string => v !== null && v !== undefined && v.trim() !== "");
    if (values.length === 0 || values.filter((v) => isValue(v)).length * 2 >= values.length) break;
    headerCols++;
  }
  // A `单位` column names each row's unit; it is neither a header nor a number.
  let unitCol = -1;

  // Header rows: from the first row under the title, while no cell right of the row headers is a number.
  const headerRows: number[] = [];
  for (let r = first; r < rows.length && headerRows.length < MAX_HEADER_ROWS; r++) {
    if (filled(rows[r]) === 0) {
      if (headerRows.length) break;
      continue;
    }
    const right = (rows[r] ?? []).slice(headerCols);
    // Bare years (`2023`) may head the columns in the first header row only; under it they are values.
    if (right.some((v) => (headerRows.length ? isNumber(v) : isValue(v)))) break;
    headerRows.push(r);
  }
  for (const r of headerRows) for (let c = 0; c < width; c++) if (UNIT_HEADER.test(text(r, c))) unitCol = c;
  if (unitCol >= 0 && unitCol < headerCols) headerCols = unitCol;

  // Merged column headers: an empty header cell belongs to the one on its left under the same parent.
  const columnPath: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((r, k) => {
    let carried = "";
    for (let c = headerCols; c < width; c++) {
      const own = text(r, c);
      const sameParent = c > headerCols && k > 0 ? columnPath[c].join("\u0000") === columnPath[c - 1].slice(0, k).join("\u0000") : true;
      if (own) carried = own;
      else if (!sameParent || c === headerCols) carried = "";
      const value = own || carried;
      columnPath[c].push(value);
    }
  });

  // A unit in the corner above the row headers (`Exports (in millions)`) is the whole table's.
  const cornerUnit = headerRows.flatMap((r) => Array.from({ length: headerCols }, (_, c) => unitOf(text(r, c)))).find(Boolean) ?? titleUnit;
  const cells: TableCell[] = [];
  const dataStart = (headerRows.at(-1) ?? first - 1) + 1;
  const leftPath: string[] = Array.from({ length: headerCols }, () => "");
  let section = "";
  for (let r = dataStart; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (filled(row) === 0) continue;
    const numbers = row.map((v, c) => c >= headerCols && c !== unitCol && isNumber(v));
    // A row of words alone (`一、农业`) heads the rows under it.
    if (!numbers.some(Boolean)) {
      if (filled(row) === 1 && text(r, 0)) section = text(r, 0);
      continue;
    }
    // Merged row headers: an empty one repeats the one above, except in the innermost column.
    for (let c = 0; c < headerCols; c++) {
      if (text(r, c)) leftPath[c] = text(r, c);
      else if (c === headerCols - 1) leftPath[c] = "";
      for (let d = c + 1; d < headerCols && text(r, c); d++) leftPath[d] = text(r, d);
    }
    const rowHeaders = dedupe([section, ...leftPath]);
    const rowUnit = unitCol >= 0 ? text(r, unitCol) || undefined : undefined;
    row.forEach((v, c) => {
      if (!numbers[c] || v === null) return;
      const colHeaders = dedupe(columnPath[c] ?? []);
      const n = numberOf(v)!;
      const headers = [...colHeaders, ...rowHeaders];
      const unit = rowUnit ?? [...colHeaders].reverse().map(unitOf).find(Boolean) ?? [...rowHeaders].reverse().map(unitOf).find(Boolean) ?? cornerUnit;
      const period = headers.map(periodOf).find(Boolean) ?? title.map(periodOf).find(Boolean);
      const at = rendered[r][c];
      cells.push({
        sheet: name, row: r + 1, col: c + 1, text: at.text, value: n.value, percent: n.percent || unit === "%",
        ...(unit ? { unit } : {}), ...(period ? { period } : {}),
        total: headers.some(isTotal), rowHeaders, colHeaders, start: at.start, end: at.end,
      });
    });
  }
  return {
    sheet: { name, title, ...(titleUnit ? { unit: titleUnit } : {}), headerRows: headerRows.map((r) => r + 1), headerCols, rows: rendered },
    cells,
  };
}

function dedupe(path: string[]): string[] {
  const out: string[] = [];
  for (const p of path) if (p && out.at(-1) !== p) out.push(p);
  return out;
}
