import type { Figure, Language } from "../types";
import { toNumber } from "./decimal";
import { findDates } from "./dates";
import { findFractions } from "./fractions";
import { alternation, ZH_CLASSIFIERS, ZH_MEASURES, ZH_NOT_FIGURES } from "./lexicon";
import { parseChineseNumber } from "./numerals";
import { findNumbers, type Taken } from "./numbers";
import { findWordAmounts } from "./words";

export interface ExtractOptions {
  /** YYYY-MM-DD: supplies the year of dates written without one. */
  publishedOn?: string;
  language?: Language;
}

const NOT_FIGURES_RE = new RegExp(alternation(ZH_NOT_FIGURES), "g");
/** Telephone numbers (`+41 22 555 0100`, `(202) 555-0100`) hold digits but no figure. */
const PHONE_RE = /\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5}|\(\d{3}\)\s?\d{3}-\d{4}|\b(?:Tel|Phone|Fax|电话|传真)[.:：]?\s*[\d\s()+-]{7,}/gi;
const ORDINAL_ZH = new RegExp(
  `第([零〇一二两三四五六七八九十百千]+|\\d+)(${alternation([...ZH_CLASSIFIERS, ...ZH_MEASURES, "季度", "阶段", "大", "号"])})?`,
  "g",
);
const EN_ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100,
};
const ORDINAL_EN = new RegExp(`\\b(?:(\\d+)(?:st|nd|rd|th)|(${Object.keys(EN_ORDINAL_WORDS).join("|")}))\\b(?:\\s([a-z]+))?`, "gi");

const never = () => false;

class Occupied implements Taken {
  private readonly marks: Uint8Array;
  constructor(length: number) {
    this.marks = new Uint8Array(length + 1);
  }
  has(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.marks[i]) return true;
    return false;
  }
  take(start: number, end: number): void {
    this.marks.fill(1, start, end);
  }
}

/** Non-overlapping, longest first within a priority tier. */
const longestFirst = (a: Figure, b: Figure) => b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: Figure, b: Figure) => a.start - b.start;

function keep(candidates: Figure[], occupied: Occupied): Figure[] {
  const out: Figure[] = [];
  for (const f of candidates.length > 1 ? candidates.sort(longestFirst) : candidates) {
    if (occupied.has(f.start, f.end)) continue;
    occupied.take(f.start, f.end);
    out.push(f);
  }
  return out;
}

function ordinals(text: string, blocked: (start: number) => boolean): Figure[] {
  const out: Figure[] = [];
  for (const m of text.includes("第") ? text.matchAll(ORDINAL_ZH) : []) {
    if (blocked(m.index)) continue;
    const v = parseChineseNumber(m[1]);
    if (!v) continue;
    // `第一，…`: a speaker numbering points, not an ordinal figure.
    if (!m[2] && /^[,，、:：;；]/.test(text.slice(m.index + m[0].length))) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: "ordinal", value: toNumber(v), approx: "exact", unit: m[2] ?? null });
  }
  for (const m of /\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth/i.test(text) ? text.matchAll(ORDINAL_EN) : []) {
    const value = m[1] ? Number(m[1]) : EN_ORDINAL_WORDS[m[2].toLowerCase()];
    // `for the first time`, `at first`, `first of all`: idioms, not an ordinal figure.
    if (!m[1] && /^(?:time|times|of|and|thing)$/i.test(m[3] ?? "")) continue;
    if (!value || /^(?:second|seconds)$/i.test(m[2] ?? "") && /^(?:of|per|after|later)$/.test(m[3] ?? "")) continue;
    const text0 = m[1] ? m[0].slice(0, m[1].length + 2) : m[2];
    out.push({ text: text0, start: m.index, end: m.index + text0.length, kind: "ordinal", value, approx: "exact", unit: m[3] ?? null });
  }
  return out;
}

/**
 * Every figure in `text`, in order. Offsets are shifted by `baseOffset`, so a caller can extract
 * from a slice (an edited claim) and get offsets into the whole cleaned text.
 */
export function extractFigures(original: string, baseOffset = 0, options: ExtractOptions = {}): Figure[] {
  // An edited claim may hold full-width digits (`１２３４亿元`): read them as ASCII, one for one.
  const text = /[\uFF01-\uFF5E]/.test(original) ? original.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : original;
  const occupied = new Occupied(text.length);
  // Names and idioms that contain numerals (二十国集团, 第一时间) block numbers that start inside them.
  const names: [number, number][] = [];
  for (const m of /[\u3400-\u9fff]/.test(text) ? text.matchAll(NOT_FIGURES_RE) : []) names.push([m.index, m.index + m[0].length]);
  for (const m of /\d{3}/.test(text) ? text.matchAll(PHONE_RE) : []) names.push([m.index, m.index + m[0].length]);
  const blocked = names.length ? (start: number) => names.some(([s, e]) => s <= start && start < e) : never;
  const free = (f: Figure) => !blocked(f.start);
  const dates = keep(names.length ? findDates(text, options.publishedOn).filter(free) : findDates(text, options.publishedOn), occupied);
  const words = keep(names.length ? findWordAmounts(text).filter(free) : findWordAmounts(text), occupied);
  const fractions = keep(names.length ? findFractions(text).filter(free) : findFractions(text), occupied);
  const ords = keep(ordinals(text, blocked), occupied);
  const found = findNumbers(text, occupied);
  const numbers = keep(names.length ? found.filter((f) => !blocked(f.start + Math.max(0, f.text.search(/[\d零〇一二两三四五六七八九十百千万亿]/)))) : found, occupied);
  const all = [...dates, ...words, ...fractions, ...ords, ...numbers].sort(byStart);
  // The figures are this call's own objects: their offsets are moved in place.
  for (const f of all) {
    if (text !== original) f.text = original.slice(f.start, f.end);
    f.start += baseOffset;
    f.end += baseOffset;
  }
  return all;
}
