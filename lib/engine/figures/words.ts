import type { Approx, Figure } from "../types";
import { fromInt, parseDecimal, shift, toNumber } from "./decimal";
import { ZH_PREFIX_QUALIFIERS } from "./lexicon";
import { EN_SCALES } from "./numerals";
import { wordAmount } from "./numbers";

/**
 * Amounts written in words rather than digits. Written by hand: a small closed set of phrases.
 * - `half a million`, `a quarter of a million`, `a dozen`: exact amounts;
 * - `dozens of`, `hundreds of`, `tens of thousands of`: vague, only the least they can mean (flagged `vague`);
 * - `one in five`, `nine out of ten`: shares, as percentages;
 * - `一半`, `半数`, `过半`: half, as 50%.
 */
const FRACTION_OF: Record<string, [number, number]> = {
  half: [1, 2], "a half": [1, 2], "one half": [1, 2], "a quarter of": [1, 4], "one quarter of": [1, 4], "three quarters of": [3, 4],
  "a third of": [1, 3], "one third of": [1, 3], "two thirds of": [2, 3],
};
const SCALED = new RegExp(`\\b(${Object.keys(FRACTION_OF).join("|")})\\s+(?:a|an|one)\\s+(thousand|million|billion|trillion)\\b`, "gi");
const DOZEN = /\b(half\s+a|a)\s+dozen\b/gi;
const VAGUE: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, "tens of thousands": 10000, "hundreds of thousands": 100000,
  millions: 1000000, "tens of millions": 10000000, "hundreds of millions": 100000000, billions: 1000000000,
};
const VAGUE_RE = new RegExp(`\\b(${Object.keys(VAGUE).sort((a, b) => b.length - a.length).join("|")})\\s+of\\b`, "gi");
const SEVERAL = /\b(several|a few)\s+(dozen|hundred|thousand|million|billion)\b/gi;
const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, a: 1,
};
const IN_EVERY = new RegExp(`\\b(${Object.keys(SMALL).join("|")}|\\d{1,3})\\s+(?:in(?:\\s+every)?|out\\s+of)\\s+(${Object.keys(SMALL).join("|")}|\\d{1,3}(?:,\\d{3})*)\\b(?!\\s*(?:%|per\\s?cent))`, "gi");
const ZH_HALF = /一半|半数|过半|大半/g;
const ZH_QUALIFIER_BEFORE = new RegExp(`(${Object.keys(ZH_PREFIX_QUALIFIERS).sort((a, b) => b.length - a.length).join("|")})$`);
const EN_SHARE_QUALIFIER = /\b(roughly|about|around|nearly|almost|some|approximately|more than|over|less than|fewer than|under|just under|just over)\s+$/i;
const EN_SHARE_APPROX: Record<string, Approx> = {
  roughly: "about", about: "about", around: "about", nearly: "about", almost: "about", some: "about", approximately: "about",
  "more than": "more-than", over: "more-than", "just over": "more-than", "less than": "less-than", "fewer than": "less-than",
  under: "less-than", "just under": "less-than",
};

const numberWord = (w: string) => SMALL[w.toLowerCase()] ?? Number(w.replace(/,/g, ""));

function share(text: string, start: number, end: number, value: number, approx: Approx): Figure {
  const rounded = Math.round(value * 100) / 100;
  return { text: text.slice(start, end), start, end, kind: "percent", value: rounded, approx: approx === "exact" && rounded !== value ? "about" : approx, unit: "%" };
}

export function findWordAmounts(text: string): Figure[] {
  const out: Figure[] = [];
  const latin = /[A-Za-z]/.test(text);
  for (const m of latin && /half|quarter|third/i.test(text) ? text.matchAll(SCALED) : []) {
    const [num, den] = FRACTION_OF[m[1].toLowerCase()];
    const whole = shift(fromInt(1), EN_SCALES[m[2].toLowerCase()]);
    const exact = (BigInt(num) * whole.n) % BigInt(den) === 0n;
    const value = exact ? { n: (BigInt(num) * whole.n) / BigInt(den), s: 0 } : parseDecimal(String(Math.round((num * toNumber(whole)) / den)))!;
    const f = wordAmount(text, m.index, m.index + m[0].length, value, exact ? {} : { approx: "about" });
    if (f) out.push(f);
  }
  for (const m of latin && /dozen/i.test(text) ? text.matchAll(DOZEN) : []) {
    const f = wordAmount(text, m.index, m.index + m[0].length, fromInt(/^half/i.test(m[1]) ? 6 : 12));
    if (f && f.unit) out.push(f);
  }
  for (const m of latin && /s of\b/i.test(text) ? text.matchAll(VAGUE_RE) : []) {
    const f = wordAmount(text, m.index, m.index + m[0].length, fromInt(VAGUE[m[1].toLowerCase()]), { vague: true, approx: "more-than" });
    if (f && f.unit) out.push({ ...f, approx: "more-than" });
  }
  for (const m of latin && /several|a few/i.test(text) ? text.matchAll(SEVERAL) : []) {
    const unit = m[2].toLowerCase() === "dozen" ? fromInt(12) : shift(fromInt(1), EN_SCALES[m[2].toLowerCase()]);
    const f = wordAmount(text, m.index, m.index + m[0].length, unit, { vague: true, approx: "more-than" });
    if (f && f.unit) out.push({ ...f, approx: "more-than" });
  }
  for (const m of latin && /\s(?:in|out of)\s/i.test(text) ? text.matchAll(IN_EVERY) : []) {
    const num = numberWord(m[1]);
    const den = numberWord(m[2]);
    if (!(num > 0 && den > num)) continue;
    const q = EN_SHARE_QUALIFIER.exec(text.slice(Math.max(0, m.index - 16), m.index));
    const start = q ? m.index - q[0].length : m.index;
    out.push(share(text, start, m.index + m[0].length, (num / den) * 100, q ? EN_SHARE_APPROX[q[1].toLowerCase()] : "exact"));
  }
  if (/[半]/.test(text)) {
    for (const m of text.matchAll(ZH_HALF)) {
      const q = ZH_QUALIFIER_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index));
      const approx: Approx = q ? ZH_PREFIX_QUALIFIERS[q[1]] : m[0] === "过半" || m[0] === "大半" ? "more-than" : "exact";
      out.push(share(text, q ? m.index - q[0].length : m.index, m.index + m[0].length, 50, approx));
    }
  }
  return out;
}
