import { extractFigures, type Figure } from "../../engine";
import { matchFigure, prepareSource, type FigureMatch, type MatchOptions, type PreparedSource } from "../match-figure";
import { cellFragment } from "./fragment";
import { isYearHeader, periodOf, withoutUnit } from "./headers";
import type { Table, TableCell } from "./model";
import { because } from "../why";

/** The cell a figure was found in: where it is, its RFC 7111 fragment, and its headers as a line. */
export interface CellMatch {
  sheet: string;
  row: number;
  col: number;
  fragment: string;
  /** `2023年 · 粮食产量(万吨) · 69541` */
  path: string;
}

/** A table read once for many figures; its cells are written out as sentences per period asked for. */
export interface PreparedTable {
  table: Table;
  sentences: Map<string, { prepared: PreparedSource; cells: TableCell[]; starts: number[] }>;
}

export const prepareTable = (table: Table): PreparedTable => ({ table, sentences: new Map() });

const LATIN_UNIT = /^(?:(US\$|HK\$|\$|€|£|¥|RMB)\s*)?(thousands?|millions?|billions?|trillions?)?\s*(.*)$/i;

/** The cell's number with its unit, as a source sentence would write it: `69541万吨`, `$1204 million`. */
function withUnitText(cell: TableCell): string {
  const number = cell.text.replace(/,/g, "");
  if (cell.percent) return number.endsWith("%") ? number : `${number}%`;
  const unit = cell.unit ?? "";
  if (!unit || /^[\u3400-\u9FFF]/.test(unit)) return `${number}${unit}`;
  const [, currency = "", scale = "", rest = ""] = LATIN_UNIT.exec(unit) ?? [];
  return `${currency}${number}${scale ? ` ${scale.toLowerCase().replace(/s$/, "")}` : ""}${rest ? ` ${rest}` : ""}`;
}

/** The words that say what a cell counts, without its period and unit, nearest last. */
function nounOf(table: Table, cell: TableCell): string {
  const sheet = table.sheets.find((s) => s.name === cell.sheet);
  const words = [...(sheet?.title ?? []), ...cell.colHeaders, ...cell.rowHeaders]
    .map((h) => withoutUnit(h).replace(/(?:19|20)\d{2}\s*(?:年(?:\s*\d{1,2}\s*月)?|[Qq][1-4])?/g, " ").replace(/^\s*(?:单位|units?)\s*[:：].*$/i, ""))
    .filter((h) => h.trim() && !isYearHeader(h));
  return words.join(" ").replace(/\s+/g, " ").trim();
}

export const cellPath = (cell: TableCell) => [...cell.colHeaders, ...cell.rowHeaders, cell.text].join(" · ");

/** The periods a claim names (`2023年` → 2023), first first. */
function claimPeriods(claimContext: string, options: MatchOptions): string[] {
  return extractFigures(claimContext, 0, options).filter((f) => f.kind === "date").map((f) => periodOf(String(f.value))).filter((p): p is string => p !== undefined);
}

/** Cells of the claim's period; a yearly cell serves a monthly claim, a cell without a period any claim. */
function cellsFor(table: Table, period: string | undefined): { key: string; cells: TableCell[] } {
  if (!period) return { key: "", cells: table.cells };
  for (const [key, keep] of [
    [period, (c: TableCell) => c.period === period],
    [`~${period}`, (c: TableCell) => c.period !== undefined && (period.startsWith(c.period) || c.period.startsWith(period))],
    ["-", (c: TableCell) => c.period === undefined],
  ] as const) {
    const cells = table.cells.filter(keep);
    if (cells.length) return { key, cells };
  }
  return { key: "none", cells: [] };
}

function sentences(prepared: PreparedTable, key: string, cells: TableCell[], options: MatchOptions) {
  const known = prepared.sentences.get(key);
  if (known) return known;
  const starts: number[] = [];
  let text = "";
  for (const cell of cells) {
    starts.push(text.length);
    text += `${nounOf(prepared.table, cell)}：${withUnitText(cell)}。\n`;
  }
  const made = { prepared: prepareSource(text, options), cells, starts };
  prepared.sentences.set(key, made);
  return made;
}

/**
 * Finds a claim's figure among a table's number cells: only cells of the claim's period, then the
 * cell whose headers name the claim's noun in a unit that can state it (万吨 against 亿吨 is
 * converted), compared exactly. Offsets and passage point at the cell in the snapshot text.
 */
export function matchFigureInTable(figure: Figure, claimContext: string, source: Table | PreparedTable, options: MatchOptions = {}): FigureMatch {
  const prepared = "sentences" in source ? source : prepareTable(source);
  const { table } = prepared;
  if (table.cells.length === 0) return { result: "not-found", flags: [], ...because({ key: "table-no-numbers" }) };
  const period = claimPeriods(claimContext, options)[0];
  const { key, cells } = cellsFor(table, period);
  if (cells.length === 0) {
    const periods = [...new Set(table.cells.map((c) => c.period).filter(Boolean))].sort().join(", ");
    return { result: "not-found", flags: [], ...because({ key: "table-no-period", period, periods }) };
  }
  const written = sentences(prepared, key, cells, options);
  const match = matchFigure(figure, claimContext, written.prepared, options);
  if (match.start === undefined) return match;
  let i = written.starts.length - 1;
  while (i > 0 && written.starts[i] > match.start) i--;
  const cell = written.cells[i];
  return { ...match, sourceText: cell.text, start: cell.start, end: cell.end, passage: { start: cell.start, end: cell.end }, cell: cellAt(table, cell.start, cell.end)! };
}

/** The number cell a span of the snapshot text falls in, as a CellMatch; null when none holds it. */
export function cellAt(table: Table, start: number, end: number): CellMatch | null {
  const cell = table.cells.find((c) => c.start <= start && end <= c.end && start < c.end);
  return cell ? { sheet: cell.sheet, row: cell.row, col: cell.col, fragment: cellFragment(table.format, cell), path: cellPath(cell) } : null;
}
