import * as OpenCC from "opencc-js/t2cn";
import type { CleaningKind } from "../types";
import type { Edit } from "./rewriter";

/** Windows and old Mac line endings, Unicode line separators → \n; form feeds (PDF page breaks) → \n. */
export function lineEndings(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\r\n?|[\u2028\u2029\u0085]/g)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: "\n", kind: "line-ending" });
  }
  for (const m of text.matchAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\u00AD]/g)) {
    const replacement = m[0] === "\f" || m[0] === "\u000B" ? "\n" : "";
    edits.push({ start: m.index, end: m.index + 1, replacement, kind: "control-character" });
  }
  return edits.sort((a, b) => a.start - b.start);
}

// NFKC would damage these: "……" → "......", "①" list markers → "1", "½" → "1⁄2", "㎡" → "m2", "²" → "2".
const KEEP = /^[\u2026\u2460-\u24FF\u3200-\u32FF\u3380-\u33FF\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u209F\u2150-\u215F]/;

function compatibilityKind(ch: string): CleaningKind {
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 0xff00 && c <= 0xffef) || c === 0x3000) return "full-width";
  if (c >= 0x2e80 && c <= 0x2fdf) return "kangxi-radical";
  return "unicode-compatibility";
}

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9\uFF10-\uFF19]/.test(ch);

/**
 * Whether NFKC's folding of a full-width form is wanted. Letters, digits and the signs a figure is
 * written with (`５．６％`, `－３`, `１，２００`, `￥`) become ASCII for the figure reader; the
 * punctuation of Chinese prose (`，：；！？（）`, full-width quotes, a `．` ending a sentence) is kept
 * as written, for it is part of the text a reader quotes.
 */
function foldFullWidth(ch: string, before: string | undefined, after: string | undefined, after3: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x3000 || c > 0xff60) return true;
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05) return true;
  // `＋` and `－` beside a digit, `．` and `／` between digits, `，` grouping thousands (`１，２００`).
  if (c === 0xff0b || c === 0xff0d) return isDigit(before) || isDigit(after);
  if (c === 0xff0e || c === 0xff0f) return isDigit(before) && isDigit(after);
  if (c === 0xff0c) return isDigit(before) && /^[0-9\uFF10-\uFF19]{3}(?![0-9\uFF10-\uFF19])/.test(after3);
  return false;
}

/**
 * NFKC, one base character with its combining marks at a time, so each change keeps its own
 * offset. CJK ideographs are NFKC-stable and skipped for speed.
 */
export function compatibility(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = /[^\x00-\x7F\u3400-\u4DBF\u4E00-\u9FFF][\p{M}\uFF9E\uFF9F]*|[\x00-\x7F\u3400-\u4DBF\u4E00-\u9FFF][\p{M}\uFF9E\uFF9F]+/gu;
  let offset = 0;
  for (const line of text.split("\n")) {
    // Most lines are already normal: one ICU call per line beats one per character.
    if (line.normalize("NFKC") !== line) {
      for (const m of line.matchAll(re)) {
        const chunk = m[0];
        if (KEEP.test(chunk)) continue;
        const end = m.index + chunk.length;
        if (compatibilityKind(chunk) === "full-width" && !foldFullWidth(chunk, line[m.index - 1], line[end], line.slice(end, end + 4))) continue;
        const normal = chunk.normalize("NFKC");
        if (normal !== chunk) {
          edits.push({ start: offset + m.index, end: offset + end, replacement: normal, kind: compatibilityKind(chunk) });
        }
      }
    }
    offset += line.length + 1;
  }
  return edits;
}

let converter: ((s: string) => string) | null = null;
function toSimplified(s: string): string {
  converter ??= OpenCC.Converter({ from: "t", to: "cn" });
  return converter(s);
}

const HAS_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/**
 * The text with traditional characters simplified and every offset kept: a source is quoted as it
 * was written, but its numbers (`5,600萬劑次`, `3.5億元`) and nouns are read in simplified form.
 */
export function simplifiedInPlace(text: string): string {
  if (!HAS_CJK.test(text)) return text;
  const converted = toSimplified(text);
  if (converted.length === text.length) return converted;
  let out = "";
  for (const ch of text) {
    const c = HAS_CJK.test(ch) ? toSimplified(ch) : ch;
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** Traditional → simplified with OpenCC's t2cn tables, paragraph by paragraph, recording each character. */
export function traditional(text: string): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  for (const para of text.split("\n")) {
    if (HAS_CJK.test(para)) {
      const converted = toSimplified(para);
      if (converted !== para) {
        if (converted.length === para.length) {
          diffSameLength(para, converted, offset, edits);
        } else {
          let i = 0;
          for (const ch of para) {
            const c = HAS_CJK.test(ch) ? toSimplified(ch) : ch;
            if (c !== ch) edits.push({ start: offset + i, end: offset + i + ch.length, replacement: c, kind: "traditional-character" });
            i += ch.length;
          }
        }
      }
    }
    offset += para.length + 1;
  }
  return edits;
}

function diffSameLength(a: string, b: string, offset: number, edits: Edit[]): void {
  let i = 0;
  while (i < a.length) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) {
      i++;
      continue;
    }
    let s = i;
    // Never split a surrogate pair.
    if (s > 0 && a.charCodeAt(s) >= 0xdc00 && a.charCodeAt(s) <= 0xdfff) s--;
    let e = i + 1;
    while (e < a.length && a.charCodeAt(e) !== b.charCodeAt(e)) e++;
    if (e < a.length && a.charCodeAt(e) >= 0xdc00 && a.charCodeAt(e) <= 0xdfff) e++;
    edits.push({ start: offset + s, end: offset + e, replacement: b.slice(s, e), kind: "traditional-character" });
    i = e;
  }
}
