import type { TableCell } from "./model";

/** A sheet column's letters: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * The URI fragment that names a cell: RFC 7111's `cell=ROW,COL` (1-based) for CSV; for XLSX, which
 * RFC 7111 does not cover, the sheet and the cell as a spreadsheet names it (`sheet=产量&cell=B7`),
 * in the same key=value form so one parser reads both.
 */
export function cellFragment(format: "csv" | "xlsx", cell: Pick<TableCell, "sheet" | "row" | "col">): string {
  if (format === "csv") return `cell=${cell.row},${cell.col}`;
  return `sheet=${encodeURIComponent(cell.sheet)}&cell=${columnLetters(cell.col)}${cell.row}`;
}

/** The cell a fragment names, or null when it names none. */
export function parseCellFragment(fragment: string): { sheet?: string; row: number; col: number } | null {
  const params = new Map(fragment.replace(/^#/, "").split("&").map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] as const));
  const cell = params.get("cell") ?? "";
  const csv = /^(\d+),(\d+)$/.exec(cell);
  if (csv) return { row: Number(csv[1]), col: Number(csv[2]) };
  const a1 = /^([A-Z]{1,3})(\d+)$/.exec(cell);
  if (!a1) return null;
  const col = [...a1[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  let sheet: string | undefined;
  try {
    sheet = params.has("sheet") ? decodeURIComponent(params.get("sheet")!) : undefined;
  } catch {
    return null;
  }
  return { ...(sheet !== undefined ? { sheet } : {}), row: Number(a1[2]), col };
}
