import type { Figure } from "../types";
import { toNumber } from "./decimal";
import { parseChineseNumber, parseDigitwise } from "./numerals";
import { findPeriods } from "./periods";

export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
}

const CN_SMALL = "零〇一二三四五六七八九十";
const ZH_YEAR = `(\\d{4}|[零〇一二三四五六七八九]{4})年`;
const ZH_MONTH = `(\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?`;
const ZH_DAY = `(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`;
const ZH_DATE = `(?:${ZH_YEAR})?${ZH_MONTH}(?:${ZH_DAY})?|${ZH_YEAR}`;
const ZH_TO = "(?:至|到|-|–|—|~|～|－)";
const ZH_RANGE_END = `${ZH_DATE}|${ZH_DAY}`;

const ZH_DATE_RE = new RegExp(`(?:${ZH_DATE})(?:${ZH_TO}(?:${ZH_RANGE_END}))?`, "g");
const ZH_ONE = new RegExp(`^(?:(?:${ZH_YEAR})?${ZH_MONTH}(?:${ZH_DAY})?|${ZH_YEAR}|${ZH_DAY})`);
/** 1至4月, 2020年1-4月份: the months of a cumulative statistic. */
const ZH_MONTH_RANGE_RE = new RegExp(`(?<![\\d.])(?:${ZH_YEAR})?(\\d{1,2}|十[一二]?|[一二三四五六七八九])${ZH_TO}(\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?![\\d一二三四五六七八九十]+[日号])`, "g");
const ISO_RE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
const EN_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const ORD = "(?:st|nd|rd|th)?";
const EN_DATE = `(?:${EN_MONTH}\\s+\\d{1,2}${ORD}(?:,?\\s+\\d{4})?(?!\\d)|\\d{1,2}${ORD}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+\\d{4})?|${EN_MONTH}\\s+\\d{4})`;
const EN_TO = "\\s*(?:to|until|till|through|and|-|–|—)\\s*";
const EN_RANGE_RE = new RegExp(`\\b(?:${EN_DATE}|${EN_MONTH})(?:${EN_TO}(?:${EN_DATE}|${EN_MONTH}|\\d{1,2}(?![\\d.,]\\d|\\d)(?!\\s*(?:%|percent|per cent|[A-Za-z]))))?`, "g");
/** `10–16 June 2024`: days before the month. */
const EN_DAY_RANGE_RE = new RegExp(`\\b(\\d{1,2})${ORD}\\s*(?:-|–|—|to)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${EN_MONTH})(?:,?\\s+(\\d{4}))?(?!\\d)`, "g");
/** `2020-2024`, `2019–20`, `2020—2024年`: a range of years. */
const YEAR_RANGE_RE = /(?<![\d.,])((?:19|20)\d\d)年?\s*(?:-|–|—|至|到|~|～)\s*((?:19|20)?\d\d)(?![\d.,%])(年)?/g;
/** A year alone in a title line or a table header cell (`Annual Report 2023`, `Indicator   2022   2023`). */
const LONE_YEAR_RE = /(?:(?<=^|\n|\t| {2})|(?<=[A-Za-z] ))((?:19|20)\d\d)(?=\t| {2}|[ \t]*(?:\n|$))/g;
// `for 2024` is a year, `for 2000 people` a count: after `for` (`up 14 per cent on 2023`, `than 2019`),
// only punctuation or a function word may follow.
const EN_YEAR_RE =
  /\b(?:(?:in|since|by|during|from|until|of|through|early|late|mid-?|to|and|the year)\s+((?:1[89]|20)\d\d)|(?:for|on|over|than|versus|vs\.?|against|with)\s+((?:1[89]|20)\d\d)(?=\s*$|\s*[^\w\s]|\s+(?:was|were|is|are|will|would|has|had|and|or|to|in|on|at|by|with|the|a|an|than)\b))\b(?![,.]\d)/gi;

function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[零〇一二三四五六七八九]{4}$/.test(s)) {
    const v = parseDigitwise(s);
    return v ? toNumber(v) : null;
  }
  if ([...s].every((c) => CN_SMALL.includes(c))) {
    const v = parseChineseNumber(s);
    return v ? toNumber(v) : null;
  }
  return null;
}

function zhParts(s: string): { parts: DateParts; length: number } | null {
  const m = ZH_ONE.exec(s);
  if (!m) return null;
  const [, y1, mo, d, y2, dOnly] = m;
  const parts: DateParts = {};
  const y = y1 ?? y2;
  if (y !== undefined) parts.y = smallNumber(y) ?? undefined;
  if (mo !== undefined) parts.m = smallNumber(mo) ?? undefined;
  if (d !== undefined) parts.d = smallNumber(d) ?? undefined;
  if (dOnly !== undefined) parts.d = smallNumber(dOnly) ?? undefined;
  return valid(parts) ? { parts, length: m[0].length } : null;
}

function enParts(s: string): DateParts | null {
  const t = s.replace(/(\d)(st|nd|rd|th)\b/g, "$1").replace(/\bof\b/g, " ");
  const parts: DateParts = {};
  const month = /[A-Za-z]+/.exec(t);
  if (month && MONTHS[month[0].toLowerCase()]) parts.m = MONTHS[month[0].toLowerCase()];
  for (const n of t.match(/\d+/g) ?? []) {
    if (n.length === 4) parts.y = Number(n);
    else parts.d = Number(n);
  }
  return valid(parts) ? parts : null;
}

function valid(p: DateParts): boolean {
  if (p.y === undefined && p.m === undefined && p.d === undefined) return false;
  if (p.y !== undefined && (p.y < 1000 || p.y > 2999)) return false;
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return false;
  if (p.d !== undefined && (p.d < 1 || p.d > (p.m === 2 ? 29 : [4, 6, 9, 11].includes(p.m ?? 0) ? 30 : 31))) return false;
  return true;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * ISO 8601, with `--MM-DD` / `--MM` / `---DD` when the year is unknown. A bulletin's date supplies
 * the year; a day more than half a year after publication is taken to be from the year before.
 */
export function toIso(p: DateParts, publishedOn?: string): string {
  let y = p.y;
  const pub = publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(publishedOn) ? publishedOn : undefined;
  if (y === undefined && pub && p.m !== undefined) {
    y = Number(pub.slice(0, 4));
    const candidate = Date.UTC(y, p.m - 1, p.d ?? 1);
    if (candidate - Date.parse(pub) > 183 * 86400000) y--;
  }
  if (y !== undefined && p.m !== undefined && p.d !== undefined) return `${y}-${pad(p.m)}-${pad(p.d)}`;
  if (y !== undefined && p.m !== undefined) return `${y}-${pad(p.m)}`;
  if (p.m !== undefined && p.d !== undefined) return `--${pad(p.m)}-${pad(p.d)}`;
  if (p.m !== undefined) return `--${pad(p.m)}`;
  if (y !== undefined && p.d === undefined) return String(y);
  return `---${pad(p.d ?? 1)}`;
}

function dateFigure(text: string, start: number, from: DateParts, to: DateParts | null, publishedOn?: string): Figure {
  const value = toIso(from, publishedOn);
  if (!to) return { text, start, end: start + text.length, kind: "date", value, approx: "exact", unit: null };
  // `January to March 2025`: the start takes the year written at the end.
  if (from.y === undefined && to.y !== undefined && from.m !== undefined && to.m !== undefined) {
    return dateFigure(text, start, { ...from, y: to.y - (from.m > to.m ? 1 : 0) }, to, publishedOn);
  }
  // The end inherits what it leaves out: 3月1日至26日 ends on 3月26日.
  const end: DateParts = { ...to };
  if (end.m === undefined && end.d !== undefined) end.m = from.m;
  if (end.y === undefined && from.y !== undefined && end.m !== undefined) {
    end.y = from.y + ((end.m ?? 0) < (from.m ?? 0) ? 1 : 0);
  }
  let valueMax = toIso(end, publishedOn);
  if (from.y === undefined && end.y === undefined && publishedOn) {
    // Keep both ends in the same (inferred) year unless the range wraps past December.
    const y = Number(value.slice(0, 4));
    if (!Number.isNaN(y) && end.m !== undefined) valueMax = toIso({ ...end, y: y + ((end.m ?? 0) < (from.m ?? 0) ? 1 : 0) });
  }
  return { text, start, end: start + text.length, kind: "date-range", value, valueMax, approx: "exact", unit: null };
}

/** Dates and date ranges, Chinese and English. */
export function findDates(text: string, publishedOn?: string): Figure[] {
  const out: Figure[] = findPeriods(text, publishedOn);
  // Each scan runs only where its marker occurs: the patterns are long and this is the engine's hot path.
  const zh = /[年月]/.test(text);
  const latin = /[A-Za-z]/.test(text);
  const months = latin && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text);
  const years = /(?:1[89]|20)\d\d/.test(text);
  for (const m of zh ? text.matchAll(ZH_DATE_RE) : []) {
    const first = zhParts(m[0]);
    if (!first) continue;
    let figureText = m[0].slice(0, first.length);
    let second: DateParts | null = null;
    const rest = m[0].slice(first.length);
    const sep = /^(?:至|到|-|–|—|~|～|－)/.exec(rest);
    if (sep) {
      const two = zhParts(rest.slice(sep[0].length));
      if (two) {
        second = two.parts;
        figureText = m[0].slice(0, first.length + sep[0].length + two.length);
      }
    }
    // 3年 is a duration, not a year; a lone 12日 is too vague to be a date.
    if (first.parts.y === undefined && first.parts.m === undefined) continue;
    out.push(dateFigure(figureText, m.index, first.parts, second, publishedOn));
  }
  const monthRanges = zh && /(?:至|到|-|–|—|~|～|－)(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月/.test(text) ? text.matchAll(ZH_MONTH_RANGE_RE) : [];
  for (const m of monthRanges) {
    const y = m[1] !== undefined ? (smallNumber(m[1]) ?? undefined) : undefined;
    const from = smallNumber(m[2]);
    const to = smallNumber(m[3]);
    if (from === null || to === null || from >= to || !valid({ y, m: from }) || !valid({ y, m: to })) continue;
    out.push(dateFigure(m[0], m.index, { y, m: from }, { y, m: to }, publishedOn));
  }
  for (const m of /\d{4}[-/.]\d/.test(text) ? text.matchAll(ISO_RE) : []) {
    const parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (valid(parts)) out.push(dateFigure(m[0], m.index, parts, null, publishedOn));
  }
  for (const m of months ? text.matchAll(EN_RANGE_RE) : []) {
    const pieces = /^(.*?)(\s*(?:to|until|till|through|and|-|–|—)\s*)(.*)$/s.exec(m[0]);
    const firstText = pieces && pieces[3] ? pieces[1] : m[0];
    const from = enParts(firstText);
    if (!from) continue;
    // A bare month name is a date only in a range or after a preposition (`in April`).
    const bare = from.d === undefined && from.y === undefined;
    const prep = /\b(?:in|since|from|until|by|during|early|late|mid-?|end of|between)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    let to: DateParts | null = null;
    if (pieces && pieces[3]) {
      const t = /^\d+$/.test(pieces[3]) ? { d: Number(pieces[3]) } : enParts(pieces[3]);
      if (t && valid({ ...t, m: t.m ?? from.m })) to = t;
    }
    if (!to && pieces && pieces[3]) {
      if (bare && !prep) continue;
      out.push(dateFigure(firstText, m.index, from, null, publishedOn));
      continue;
    }
    if (bare && !to && !prep) continue;
    if (from.m === 5 && bare && !to && !/^May/.test(firstText)) continue;
    out.push(dateFigure(to ? m[0] : firstText, m.index, from, to, publishedOn));
  }
  for (const m of months ? text.matchAll(EN_DAY_RANGE_RE) : []) {
    const month = MONTHS[m[3].replace(/\.$/, "").toLowerCase()];
    const y = m[4] ? Number(m[4]) : undefined;
    const from = { y, m: month, d: Number(m[1]) };
    const to = { y, m: month, d: Number(m[2]) };
    if (valid(from) && valid(to) && from.d < to.d) out.push(dateFigure(m[0], m.index, from, to, publishedOn));
  }
  for (const m of /(?:19|20)\d\d\s*[-–—至到~～]/.test(text) ? text.matchAll(YEAR_RANGE_RE) : []) {
    const first = Number(m[1]);
    const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second > first && second - first < 100) out.push(dateFigure(m[0], m.index, { y: first }, { y: second }, publishedOn));
  }
  for (const m of years ? text.matchAll(LONE_YEAR_RE) : []) out.push(dateFigure(m[1], m.index, { y: Number(m[1]) }, null, publishedOn));
  for (const m of latin && years ? text.matchAll(EN_YEAR_RE) : []) {
    const year = m[1] ?? m[2];
    const start = m.index + m[0].length - year.length;
    out.push(dateFigure(year, start, { y: Number(year) }, null, publishedOn));
  }
  return out;
}
