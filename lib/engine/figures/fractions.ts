import type { Figure } from "../types";
import { toNumber } from "./decimal";
import { parseChineseNumber } from "./numerals";

const EN_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };
const EN_PART: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };
const EN_FRACTION = /\b(a|an|one|two|three|four|five)[\s-](half|third|thirds|quarter|quarters|fifth|fifths)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:year|century|round|time|session|day)s?\b)/gi;
const ZH_FRACTION = /([一二两三四五六七八九十\d]+)分之([一二两三四五六七八九十\d]+(?:点[零一二三四五六七八九\d]+)?)/g;
/** 千分之七点二 = 7.2‰, 万分之三 = 3‱: per mille and per ten thousand, kept with their own unit like 7.2‰. */
const ZH_PER_MILLE = /(千|万)分之([零〇一二两三四五六七八九十百\d]+(?:(?:点|\.)[零〇一二三四五六七八九\d]+)?)/g;

/** Share as a percentage, two decimals; `about` when the fraction has no exact decimal (a third). */
function share(numerator: number, denominator: number): { value: number; approx: Figure["approx"] } {
  const value = (numerator / denominator) * 100;
  const rounded = Math.round(value * 100) / 100;
  return { value: rounded, approx: rounded === value ? "exact" : "about" };
}

/**
 * Fractions read as percentages: `三分之一`, `五分之二`, `two-thirds`, `a quarter`. `百分之` is left to
 * the number reader. Written by hand: a small closed set of words.
 */
export function findFractions(text: string): Figure[] {
  const out: Figure[] = [];
  if (!text.includes("分之") && !/half|third|quarter|fifth/i.test(text)) return out;
  for (const m of text.matchAll(ZH_PER_MILLE)) {
    if (text[m.index - 1] === "百" || /[一二两三四五六七八九十\d]/.test(text[m.index - 1] ?? "")) continue;
    const v = parseChineseNumber(m[2].replace(".", "点"));
    if (!v) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: "percent", value: toNumber(v), approx: "exact", unit: m[1] === "千" ? "‰" : "‱" });
  }
  for (const m of text.matchAll(ZH_FRACTION)) {
    if (m[1] === "百" || m[1] === "千" || m[1] === "万") continue;
    const den = parseChineseNumber(m[1]);
    const num = parseChineseNumber(m[2].replace("点", "."));
    if (!den || !num || toNumber(den) === 0 || text[m.index - 1] === "百") continue;
    const s = share(toNumber(num), toNumber(den));
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: "percent", value: s.value, approx: s.approx, unit: "%" });
  }
  for (const m of text.matchAll(EN_FRACTION)) {
    const s = share(EN_COUNT[m[1].toLowerCase()], EN_PART[m[2].toLowerCase()]);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: "percent", value: s.value, approx: s.approx, unit: "%" });
  }
  return out;
}
