import { cells, tableRows } from "../clean/columns";
import { lines } from "../clean/pages";
import type { Language } from "../types";

export interface TableRow {
  /** The header row (column names): not a claim. */
  header: boolean;
  /** `固定资产投资：计划1200亿元，完成1234亿元` — each cell with its column name. */
  statement: string;
}

const HAS_FIGURE = /\d|[一二三四五六七八九十百千万亿]+[个万亿元%]/;

/** Table rows copied from a PDF (cells separated by wide gaps), keyed by the offset where each row starts. */
export function tableRowsOf(text: string, language: Language): Map<number, TableRow> {
  const out = new Map<number, TableRow>();
  if (!/ {2}|\t/.test(text)) return out;
  const all = lines(text);
  const rows = tableRows(all.map((l) => l.text));
  let header: string[] | null = null;
  for (let i = 0; i < all.length; i++) {
    if (!rows.has(i)) {
      header = null;
      continue;
    }
    const row = cells(all[i].text);
    // A header row names the columns; years may be among the names (`Indicator  2022  2023`).
    const names = row.every((cell) => !HAS_FIGURE.test(cell) || /^(?:19|20)\d\d(?:年)?$/.test(cell));
    if (names && (header === null || !rows.has(i - 1))) {
      header = row;
      out.set(all[i].start, { header: true, statement: row.join(language === "zh" ? "，" : ", ") });
      continue;
    }
    const named = row.slice(1).map((cell, j) => (header && header.length === row.length ? `${header[j + 1]}${language === "zh" ? "" : " "}${cell}` : cell));
    const statement = language === "zh" ? `${row[0]}：${named.join("，")}` : `${row[0]}: ${named.join(", ")}`;
    out.set(all[i].start, { header: false, statement });
  }
  return out;
}
