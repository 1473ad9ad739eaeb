import { tableRows } from "./columns";
import { lines } from "./pages";
import type { Edit } from "./rewriter";

const CJK = "\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF";

export function trailingSpaces(text: string): Edit[] {
  return [...text.matchAll(/[ \t\u00A0\u3000]+(?=\n)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    replacement: "",
    kind: "spacing" as const,
  }));
}

/**
 * Spaces between Chinese characters, or between Chinese and digits, left by PDF extraction.
 * Wide gaps in table rows separate cells and stay.
 */
export function cjkSpacing(text: string): Edit[] {
  const re = new RegExp(`(?<=[${CJK}，。、；：！？“”])[ \\t\\u00A0\\u3000]+(?=[${CJK}，。、；：！？“”])|(?<=[${CJK}])[ \\t\\u00A0\\u3000]+(?=\\d)|(?<=\\d)[ \\t\\u00A0\\u3000]+(?=[${CJK}])`, "g");
  let rowStarts: number[] | null = null;
  let rows: Set<number> | null = null;
  const inTableRow = (at: number) => {
    if (!rowStarts || !rows) {
      const all = lines(text);
      rowStarts = all.map((l) => l.start);
      rows = tableRows(all.map((l) => l.text));
    }
    let lo = 0;
    let hi = rowStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rowStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return rows.has(lo);
  };
  return [...text.matchAll(re)]
    .filter((m) => !((m[0].length >= 2 || m[0].includes("\t")) && inTableRow(m.index)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, replacement: "", kind: "spacing" as const }));
}
