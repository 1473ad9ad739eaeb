import type { Edit } from "./rewriter";
import { LIST_MARKER } from "./pages";

const CJK = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";
const CJK_CHAR = new RegExp(`[${CJK}]`);

export function trailingSpaces(text: string): Edit[] {
  return [...text.matchAll(/[ \t\u00A0\u3000]+(?=\n)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    replacement: "",
    kind: "spacing" as const,
  }));
}

const TERMINAL = /[。！？!?；;:：”」』）)】.…"'》]/;
const NUMBER_CONTINUES = /^[\d年月日号万亿千百十%.点]/;
/** A line at least this long that stops mid-sentence was wrapped by the layout, not by the author. */
const WRAPPED_LINE = 16;

/**
 * Line breaks that the PDF layout put inside a sentence or a number (`至4\n月26日`). A break is
 * kept after sentence-ending punctuation, before a list marker, after a short line (a heading)
 * and around blank lines.
 */
export function softLineBreaks(text: string): Edit[] {
  const edits: Edit[] = [];
  let logicalStart = 0; // start of the current line as it will read once earlier breaks are joined
  let joinedLength = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    const prevLen = joinedLength + (i - logicalStart);
    const before = text[i - 1];
    const after = text[i + 1];
    const nextLineEnd = text.indexOf("\n", i + 1);
    const nextLine = text.slice(i + 1, nextLineEnd < 0 ? text.length : nextLineEnd);
    let join = false;
    if (before !== undefined && after !== undefined && before !== "\n" && after !== "\n" && !/\p{M}/u.test(after) && !/\s/.test(after) && !/\s/.test(before)) {
      if (/\d/.test(before) && NUMBER_CONTINUES.test(nextLine)) join = true;
      else if (TERMINAL.test(before) || LIST_MARKER.test(nextLine)) join = false;
      else if (/[a-z,]/.test(before) && /[a-z]/.test(after)) join = true;
      else if (/[A-Za-z0-9]/.test(before) && /[A-Za-z]/.test(after)) join = /[a-z]/.test(after);
      else join = prevLen >= WRAPPED_LINE;
    }
    if (join) {
      const latin = /[A-Za-z0-9,]/.test(before) && /[A-Za-z0-9(]/.test(after) && !(CJK_CHAR.test(before) || CJK_CHAR.test(after));
      const keepTogether = /\d/.test(before) && NUMBER_CONTINUES.test(nextLine);
      edits.push({ start: i, end: i + 1, replacement: latin && !keepTogether ? " " : "", kind: "soft-line-break" });
      joinedLength = prevLen + (latin && !keepTogether ? 1 : 0);
    } else {
      joinedLength = 0;
    }
    logicalStart = i + 1;
  }
  return edits;
}

/** Spaces between Chinese characters, or between Chinese and digits, left by PDF extraction. */
export function cjkSpacing(text: string): Edit[] {
  const re = new RegExp(`(?<=[${CJK}，。、；：！？“”])[ \\t\\u00A0\\u3000]+(?=[${CJK}，。、；：！？“”])|(?<=[${CJK}])[ \\t\\u00A0\\u3000]+(?=\\d)|(?<=\\d)[ \\t\\u00A0\\u3000]+(?=[${CJK}])`, "g");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: "", kind: "spacing" as const }));
}
