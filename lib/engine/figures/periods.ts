import type { Figure } from "../types";
import { toIso, type DateParts } from "./dates";
import { parseDigitwise } from "./numerals";
import { toNumber } from "./decimal";

/**
 * Periods named by their place in a year: quarters (`一季度`, `第二季度`, `the first quarter`,
 * `Q3 2024`), halves (`上半年`, `the second half of 2023`), cumulative quarters (`前三季度`) and
 * thirds of a month (`7月中旬`). Each is a date range of months (or days). Without a year the
 * bulletin's date supplies it: `今年`/`去年` say which, otherwise a period not yet over when the
 * bulletin was published is taken to be last year's.
 */
const CN_Q: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const ZH_YEAR = "(\\d{4}|[零〇一二三四五六七八九]{4})年|(今年|本年|当年|去年|上年|明年)";
const ZH_PERIOD = new RegExp(
  `(?:${ZH_YEAR})?(?:第?([一二三四1-4])季度|([一二三四1-4])[至到~～-]([一二三四1-4])季度|前([二两三2-3])(?:个)?季度|(上|下)半年)`,
  "g",
);
const ZH_TEN_DAYS = /(?:(\d{4})年)?(\d{1,2}|十[一二]?|[一二三四五六七八九])月(上|中|下)旬/g;
const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const EN_PERIOD = /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(first|second)\s+half|Q([1-4]))(?:\s+of)?(?:\s+(?:the\s+year|((?:19|20)\d\d)))?\b/gi;
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 明年: 1 };

function yearOf(written: string | undefined, relative: string | undefined, endMonth: number, publishedOn?: string): number | undefined {
  if (written) return /^\d{4}$/.test(written) ? Number(written) : toNumber(parseDigitwise(written)!);
  if (!publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) return undefined;
  const year = Number(publishedOn.slice(0, 4));
  if (relative) return year + RELATIVE_YEAR[relative];
  // The last day of the period after the publication date: the period is last year's.
  return Date.UTC(year, endMonth, 0) > Date.parse(publishedOn) ? year - 1 : year;
}

function range(text: string, start: number, from: DateParts, to: DateParts, publishedOn?: string): Figure {
  return {
    text, start, end: start + text.length, kind: "date-range", value: toIso(from, publishedOn), valueMax: toIso(to, publishedOn),
    approx: "exact", unit: null,
  };
}

/** Words of a plan after a period (`下半年将新建…`, `四季度计划…`). */
const FUTURE = /^[，,]?[\u4e00-\u9fff]{0,4}?(?:将|计划|预计|力争|拟|要)/;

export function findPeriods(text: string, publishedOn?: string): Figure[] {
  const out: Figure[] = [];
  if (/季度|半年/.test(text)) {
    for (const m of text.matchAll(ZH_PERIOD)) {
      const [, y, rel, q, qFrom, qTo, cumulative, half] = m;
      let months: [number, number];
      if (q) months = [CN_Q[q] * 3 - 2, CN_Q[q] * 3];
      else if (qFrom) months = [CN_Q[qFrom] * 3 - 2, CN_Q[qTo] * 3];
      else if (cumulative) months = [1, CN_Q[cumulative] * 3];
      else months = half === "上" ? [1, 6] : [7, 12];
      if (months[0] > months[1]) continue;
      // `下半年将…`: a plan is for the period still to come, this year's.
      const planned = !y && !rel && FUTURE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      const year = planned && publishedOn ? Number(publishedOn.slice(0, 4)) : yearOf(y, rel, months[1], publishedOn);
      // `今年` and `去年` say which year; they stay outside the figure's text.
      const skip = rel ? rel.length : 0;
      out.push(range(m[0].slice(skip), m.index + skip, { y: year, m: months[0] }, { y: year, m: months[1] }, publishedOn));
    }
  }
  if (text.includes("旬")) {
    for (const m of text.matchAll(ZH_TEN_DAYS)) {
      const month = /^\d+$/.test(m[2]) ? Number(m[2]) : CN_MONTH[m[2]];
      if (!month || month > 12) continue;
      const last = new Date(Date.UTC(2001, month, 0)).getUTCDate();
      const [d1, d2] = m[3] === "上" ? [1, 10] : m[3] === "中" ? [11, 20] : [21, month === 2 ? 28 : last];
      const y = m[1] ? Number(m[1]) : undefined;
      out.push(range(m[0], m.index, { y, m: month, d: d1 }, { y, m: month, d: d2 }, publishedOn));
    }
  }
  if (/quarter|half|Q[1-4]/i.test(text)) {
    for (const m of text.matchAll(EN_PERIOD)) {
      const [, q, half, qNumber, y] = m;
      const n = q ? EN_ORD[q.toLowerCase()] : qNumber ? Number(qNumber) : 0;
      const months: [number, number] = n ? [n * 3 - 2, n * 3] : half!.toLowerCase() === "first" ? [1, 6] : [7, 12];
      const year = yearOf(y, undefined, months[1], publishedOn);
      out.push(range(m[0], m.index, { y: year, m: months[0] }, { y: year, m: months[1] }, publishedOn));
    }
  }
  return out;
}
