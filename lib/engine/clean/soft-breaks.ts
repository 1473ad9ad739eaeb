import { tableRows } from "./columns";
import { LIST_MARKER, lines } from "./pages";
import type { Edit } from "./rewriter";

const TERMINAL = /[。！？!?；;:：”」』）)】.…"'》]$/;
/** Characters that continue a number cut at a line end (`至4\n月26日`, `1.\n5`). */
const NUMBER_CONTINUES = /^(?:[年月日号万亿千百十%点]|\.\d)/;
const CLAUSE_PUNCTUATION = /[,，、;；:：。.!?！？]/;
const DATELINE = /^[A-Z][A-Za-z.' -]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]*\))?\s*(?:--|—|–|-)?$/;
/** A wrapped line fills the column: at least this share of the typical full line. */
const FULL_LINE = 0.8;
/** Narrower than this (in columns, a Chinese character counting two) no line is a wrapped one. */
const MIN_WRAPPED_WIDTH = 24;
const WINDOW = 10;

const isWide = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);

/** Display width: a Chinese character is as wide as two Latin ones, as on the page. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

const isCjk = (ch: string | undefined) => ch !== undefined && isWide(ch.charCodeAt(0));

/** English title line: most longer words capitalised (`Government Announces New Support`), or all capitals. */
function titleCase(line: string): boolean {
  const words = line.match(/[A-Za-z][A-Za-z'’-]{3,}/g) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length >= 0.7 * words.length;
}

/**
 * A heading: a line that starts a block and reads as a title, not as a sentence cut by the layout.
 * Chinese: no punctuation inside. English: title case or capitals.
 */
function headingLike(line: string): boolean {
  const t = line.trim();
  if (DATELINE.test(t)) return true;
  if (/[A-Za-z]{2}/.test(t) && !/[\u3400-\u9fff]/.test(t)) return titleCase(t) && !/[,;]/.test(t);
  return !CLAUSE_PUNCTUATION.test(t);
}

/** The width of a full line near `i`: the second-longest line around it (the longest may be an unwrapped paragraph). */
function columnWidth(widths: number[], i: number, skip: Set<number>): number {
  let first = 0;
  let second = 0;
  let n = 0;
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(widths.length - 1, i + WINDOW); j++) {
    if (widths[j] === 0 || skip.has(j)) continue;
    n++;
    if (widths[j] > first) {
      second = first;
      first = widths[j];
    } else if (widths[j] > second) second = widths[j];
  }
  return n >= 4 ? second : first;
}

/**
 * Line breaks the layout put inside a sentence, a word or a number (`至4\n月26日`, `econ-\nomy`).
 * A PDF breaks a line where it fills the column, so a break is soft when its line is about as long
 * as the full lines around it, or when it cuts a number, a hyphenated word or a clause after a comma.
 * Kept: breaks after sentence ends, before list items, around table rows, blank lines and indented
 * lines, and after headings and datelines.
 */
export function softLineBreaks(text: string): Edit[] {
  const all = lines(text);
  const texts = all.map((l) => l.text);
  const widths = texts.map((t) => (t.trim() === "" ? 0 : displayWidth(t)));
  const table = tableRows(texts);
  const edits: Edit[] = [];
  let startsBlock = true;
  for (let i = 0; i + 1 < all.length; i++) {
    const cur = texts[i];
    const next = texts[i + 1];
    const at = all[i].end; // the \n
    const before = cur[cur.length - 1];
    const after = next[0];
    const join = shouldJoin(cur, next, before, after, i);
    if (join === "hyphen") {
      edits.push({ start: at - 1, end: at + 1, replacement: "", kind: "soft-line-break" });
    } else if (join) {
      const glue = isCjk(before) || isCjk(after) || (/\d/.test(before) && NUMBER_CONTINUES.test(next)) ? "" : " ";
      edits.push({ start: at, end: at + 1, replacement: glue, kind: "soft-line-break" });
    }
    startsBlock = !join;
  }
  return edits;

  function shouldJoin(cur: string, next: string, before: string | undefined, after: string | undefined, i: number): boolean | "hyphen" {
    if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after) || /\p{M}/u.test(after)) return false;
    if (table.has(i) || table.has(i + 1)) return false;
    if (/\d/.test(before) && NUMBER_CONTINUES.test(next)) return true;
    if (/[a-z]-$/.test(cur) && /^[a-z]/.test(next)) return "hyphen";
    if (LIST_MARKER.test(next)) return false;
    // `U.S.\nofficials`: a full stop before a lower-case word does not end a sentence.
    if (before === "." && /^[a-z]/.test(next) && !/\.\.$/.test(cur)) return true;
    if (TERMINAL.test(cur)) return false;
    if (/[,，、]$/.test(cur)) return true;
    if (/[a-z,]$/.test(cur) && /^[a-z]/.test(next)) return true;
    if (startsBlock && headingLike(cur)) return false;
    if (DATELINE.test(cur.trim())) return false;
    const width = widths[i];
    return width >= MIN_WRAPPED_WIDTH && width >= FULL_LINE * columnWidth(widths, i, table);
  }
}
