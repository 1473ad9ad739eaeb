import { VERDICTS, type VerdictName } from "@/lib/claims/workflow";
import { cellText, cellUrl, type Sheet, type SheetCell } from "@/lib/ingest/spreadsheet";

// Pure: which row of a desk's claim sheet is the header, which column holds what, and what each
// data row says. The import screen shows the guesses; the editor corrects them.

export const COLUMN_ROLES = ["statement", "sourceUrl", "verdict", "notes"] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
export type ColumnMapping = { statement: number; sourceUrl?: number; verdict?: number; notes?: number };

const normal = (text: string) => text.toLowerCase().replace(/[\s_\-:：/()（）·.,，、]+/g, "");

/** Header words per role, in English and Chinese; the first role to claim a column keeps it. */
const HEADERS: Record<ColumnRole, string[]> = {
  sourceUrl: ["sourceurl", "url", "link", "links", "sourcelink", "source", "sources", "evidenceurl", "来源", "来源链接", "链接", "网址", "出处", "原文链接", "信源", "来源网址"],
  verdict: ["verdict", "rating", "conclusion", "ruling", "result", "结论", "核查结论", "评级", "判定", "结果", "核查结果"],
  notes: ["notes", "note", "comment", "comments", "rationale", "explanation", "remarks", "备注", "说明", "理由", "注释", "核查说明", "依据"],
  statement: ["statement", "claim", "claims", "text", "assertion", "quote", "声明", "说法", "陈述", "原文", "内容", "核查内容", "待核查内容", "声称", "言论"],
};

const GUESS_ORDER: ColumnRole[] = ["sourceUrl", "verdict", "notes", "statement"];

/** The header row: the first with two different values (a merged title row above it has one). */
export function headerRowOf(rows: SheetCell[][]): number {
  const at = rows.findIndex((row) => new Set(row.map(cellText).filter(Boolean)).size >= 2);
  return at >= 0 ? at : Math.max(0, rows.findIndex((row) => row.some((c) => cellText(c))));
}

/** Column names as shown on the preview: the header's text, or the spreadsheet's letter. */
export function columnNames(sheet: Sheet, headerRow: number): string[] {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const header = sheet.rows[headerRow] ?? [];
  return Array.from({ length: width }, (_, i) => cellText(header[i] ?? null) || columnLetter(i));
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function dataRows(sheet: Sheet, headerRow: number): { row: number; cells: SheetCell[] }[] {
  return sheet.rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerRow + 1)
    .filter(({ cells }) => cells.some((c) => cellText(c)));
}

/** The editor's likely choice of columns, from the header's words and, failing that, the contents. */
export function guessMapping(sheet: Sheet, headerRow: number): Partial<ColumnMapping> {
  const names = columnNames(sheet, headerRow).map(normal);
  const rows = dataRows(sheet, headerRow).slice(0, 50);
  const links = (i: number) => rows.filter((r) => cellUrl(r.cells[i] ?? null)).length;
  const length = (i: number) => rows.reduce((sum, r) => sum + cellText(r.cells[i] ?? null).length, 0);
  // Among columns whose header fits, the one whose cells fit best: links for URLs, long texts for claims.
  const score: Partial<Record<ColumnRole, (i: number) => number>> = { sourceUrl: links, statement: length };
  const taken = new Set<number>();
  const mapping: Partial<ColumnMapping> = {};
  const choose = (role: ColumnRole, candidates: number[]) => {
    if (!candidates.length) return;
    const by = score[role];
    const best = by ? candidates.reduce((a, b) => (by(b) > by(a) ? b : a)) : candidates[0];
    mapping[role] = best;
    taken.add(best);
  };
  for (const role of GUESS_ORDER) {
    const words = HEADERS[role];
    const free = names.map((n, i) => ({ n, i })).filter(({ i }) => !taken.has(i));
    const exact = free.filter(({ n }) => words.includes(n)).map(({ i }) => i);
    choose(role, exact.length ? exact : free.filter(({ n }) => words.some((w) => w.length > 1 && n.includes(w))).map(({ i }) => i));
  }
  const free = names.map((_, i) => i).filter((i) => !taken.has(i));
  // No header word for the URLs: the column most of whose cells are links.
  if (mapping.sourceUrl === undefined) choose("sourceUrl", free.filter((i) => rows.length > 0 && links(i) > rows.length / 2));
  // No header word for the claims: the free column with the longest texts.
  if (mapping.statement === undefined) choose("statement", free.filter((i) => !taken.has(i) && length(i) > 0));
  return mapping;
}

const VERDICT_WORDS: Record<VerdictName, string[]> = {
  ACCURATE: ["accurate", "true", "correct", "准确", "属实", "正确", "真", "真实", "符合事实"],
  MOSTLY_ACCURATE: ["mostlyaccurate", "mostlytrue", "largelyaccurate", "largelytrue", "基本准确", "大体准确", "基本属实", "大致属实", "基本正确"],
  MISLEADING: ["misleading", "误导", "有误导性", "误导性", "片面"],
  INACCURATE: ["inaccurate", "false", "wrong", "incorrect", "untrue", "不准确", "错误", "不实", "虚假", "假", "失实", "不属实", "不正确"],
  UNVERIFIABLE: ["unverifiable", "unproven", "cannotbeverified", "unsubstantiated", "无法核实", "无法证实", "无法查证", "无法确认", "不可核实"],
};

/** A verdict written in a sheet, in English or Chinese or as our own code; null when it is none of ours. */
export function parseVerdict(text: string): VerdictName | null {
  const word = normal(text);
  if (!word) return null;
  for (const verdict of VERDICTS) {
    if (normal(verdict) === word || VERDICT_WORDS[verdict].includes(word)) return verdict;
  }
  return null;
}

export type SheetRow = {
  /** The row's number in the spreadsheet (1-based), for messages. */
  row: number;
  statement: string;
  sourceUrls: string[];
  verdictText: string;
  verdict: VerdictName | null;
  notes: string;
};

/** Web addresses in a cell: its hyperlink, or every http(s) address written in it. */
function urlsOf(cell: SheetCell): string[] {
  const link = cell && typeof cell === "object" && !(cell instanceof Date) ? cell.hyperlink : null;
  const written = cellText(cell).match(/https?:\/\/[^\s,，;；<>"'）)]+/gi) ?? [];
  return [...new Set([...(link && /^https?:\/\//i.test(link) ? [link] : []), ...written])];
}

/** The rows that hold a claim, read with the editor's mapping; rows without one are skipped. */
export function sheetRows(sheet: Sheet, headerRow: number, mapping: ColumnMapping): SheetRow[] {
  const at = (cells: SheetCell[], column?: number) => (column === undefined ? null : (cells[column] ?? null));
  return dataRows(sheet, headerRow).flatMap(({ row, cells }) => {
    const statement = cellText(at(cells, mapping.statement));
    if (!statement) return [];
    const verdictText = cellText(at(cells, mapping.verdict));
    return [{
      row,
      statement,
      sourceUrls: mapping.sourceUrl === undefined ? [] : urlsOf(at(cells, mapping.sourceUrl)),
      verdictText,
      verdict: parseVerdict(verdictText),
      notes: cellText(at(cells, mapping.notes)),
    }];
  });
}
