import type { Edit } from "./rewriter";

/** Stamps that document-sharing sites glue into copied text. */
const WATERMARKS = [
  "优质文档", "精品文档", "精选文档", "推荐文档", "优秀文档", "精品资料", "精品word文档", "精品 word 文档",
  "word可编辑", "可编辑word", "下载后可编辑", "百度文库", "原创力文档", "道客巴巴", "豆丁网", "文档可编辑",
  "仅供学习与交流", "如有侵权请联系网站删除", "本文档来源于网络",
];
const WATERMARK_RE = new RegExp(`[【\\[]?(?:${WATERMARKS.map((w) => w.replace(/ /g, "\\s?")).join("|")})[】\\]]?`, "g");

export function watermarks(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(WATERMARK_RE)) {
    // A site's page number in front of its stamp (`1、精品文档`) goes too.
    const page = /(?:^|\n)(\d{1,3}、)$/.exec(text.slice(Math.max(0, m.index - 5), m.index));
    if (page) edits.push({ start: m.index - page[1].length, end: m.index, replacement: "", kind: "page-number" });
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: "", kind: "watermark" });
  }
  return edits;
}

const PAGE_LINE =
  /^[ \t]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|[-—–]\s*\d+\s*[-—–]|\d+\s*\/\s*\d+|[Pp]age\s+\d+(?:\s+of\s+\d+)?|\d{1,4})[ \t]*$/;

interface Line {
  start: number;
  end: number; // exclusive, before the \n
  text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Delete a whole line with one of its line breaks (the following one, or the preceding one at the end). */
function deleteLine(text: string, line: Line, kind: Edit["kind"]): Edit {
  if (line.end < text.length) return { start: line.start, end: line.end + 1, replacement: "", kind };
  return { start: Math.max(0, line.start - 1), end: line.end, replacement: "", kind };
}

/** Lines that only hold a page number: `第3页`, `- 3 -`, `3/12`, `Page 3 of 12`, a bare `3`. */
export function pageLines(text: string): Edit[] {
  const all = lines(text);
  if (all.length < 2) return [];
  return all.filter((l) => l.text.trim() !== "" && PAGE_LINE.test(l.text)).map((l) => deleteLine(text, l, "page-number"));
}

const SENTENCE_END = /[。！？!?；;:：”」』）)】."'…]$/;

/** Short lines repeated three or more times (running headers and footers); digits may differ. */
export function repeatedHeaders(text: string): Edit[] {
  const all = lines(text);
  if (all.length < 6) return [];
  const counts = new Map<string, number>();
  const key = (l: Line) => l.text.trim().replace(/\d+/g, "#");
  for (const l of all) {
    const t = l.text.trim();
    if (t.length < 2 || t.length > 40 || SENTENCE_END.test(t) || LIST_MARKER.test(t)) continue;
    counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, n]) => n >= 3).map(([k]) => k));
  if (repeated.size === 0) return [];
  return all.filter((l) => repeated.has(key(l))).map((l) => deleteLine(text, l, "repeated-header"));
}

export const LIST_MARKER =
  /^\s*(?:\d{1,3}[、.．)](?!\d)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[-•·*]\s|第[一二三四五六七八九十\d]+[章节条部分])/;

/**
 * Page numbers that document sites put at the start of every page (`2、`). They cut words in half
 * (`经\n2、济`). Real numbered lists (`1、` after a sentence end) are kept: a marker counts as a page
 * number when it sits in a run of consecutive numbers, most of which interrupt a sentence.
 */
export function pageMarkers(text: string): Edit[] {
  const markers: { start: number; end: number; n: number; mid: boolean; joins: boolean }[] = [];
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const m = /^(\d{1,3})、/.exec(all[i].text);
    if (!m) continue;
    const prev = i > 0 ? all[i - 1].text : null;
    const prevListItem = prev !== null && LIST_MARKER.test(prev) && prev.length < 40;
    const mid = prev !== null && prev.trim() !== "" && !SENTENCE_END.test(prev) && !prevListItem;
    const joins = prev !== null && prev.trim() !== "" && !SENTENCE_END.test(prev);
    markers.push({ start: all[i].start, end: all[i].start + m[0].length, n: Number(m[1]), mid, joins });
  }
  const edits: Edit[] = [];
  let runStart = 0;
  for (let i = 1; i <= markers.length; i++) {
    if (i < markers.length && markers[i].n === markers[i - 1].n + 1) continue;
    const run = markers.slice(runStart, i);
    const mids = run.filter((m) => m.mid).length;
    if (mids > 0 && mids * 2 >= run.length) {
      for (const m of run) {
        // Joining the broken line: drop the line break too.
        if (m.joins) edits.push({ start: m.start - 1, end: m.end, replacement: "", kind: "page-number" });
        else edits.push({ start: m.start, end: m.end, replacement: "", kind: "page-number" });
      }
    }
    runStart = i;
  }
  return edits;
}
