import { add, fromInt, mul, parseDecimal, shift, ZERO, type Decimal } from "./decimal";

/**
 * Chinese and mixed Chinese/Arabic numerals (`两百`, `一万二`, `1.14亿`, `三点五`, `二〇二〇`).
 * Written by hand: the libraries tried (nzh, chinese-numbers-converter) fail on `1.14亿` and `两`.
 */
export const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG_UNITS: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

export const CN_NUMERAL_CHARS = "零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億";

type Token = { t: "num"; v: Decimal; cn: boolean } | { t: "small"; k: number } | { t: "big"; k: number } | { t: "zero" };

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      const v = parseDecimal(arabic[0]);
      if (!v) return null;
      tokens.push({ t: "num", v, cn: false });
      i += arabic[0].length;
    } else if (ch === "零" || ch === "〇") {
      tokens.push({ t: "zero" });
      i++;
    } else if (ch in CN_DIGITS) {
      tokens.push({ t: "num", v: fromInt(CN_DIGITS[ch]), cn: true });
      i++;
    } else if (ch in SMALL_UNITS) {
      tokens.push({ t: "small", k: SMALL_UNITS[ch] });
      i++;
    } else if (ch in BIG_UNITS) {
      tokens.push({ t: "big", k: BIG_UNITS[ch] });
      i++;
    } else return null;
  }
  return tokens;
}

/** Digit-by-digit reading used for years: 二〇二〇 → 2020. */
export function parseDigitwise(s: string): Decimal | null {
  let out = "";
  for (const ch of s) {
    if (/\d/.test(ch)) out += ch;
    else if (ch in CN_DIGITS) out += String(CN_DIGITS[ch]);
    else return null;
  }
  return out ? parseDecimal(out) : null;
}

/** Parse a Chinese (or mixed) numeral; null when the string is not one number. */
export function parseChineseNumber(input: string): Decimal | null {
  const s = input.replace(/\s/g, "");
  if (!s) return null;
  const point = s.indexOf("点");
  if (point >= 0) {
    // 三点五亿: integer part, fractional digits read one by one, then magnitudes.
    const m = /^(.+)点([零〇一二三四五六七八九\d]+)([万萬亿億]*)$/.exec(s);
    if (!m) return null;
    const whole = parseChineseNumber(m[1]);
    const frac = parseDigitwise(m[2]);
    if (!whole || !frac) return null;
    let v = add(whole, shift(frac, -m[2].length));
    for (const ch of m[3]) v = shift(v, BIG_UNITS[ch]);
    return v;
  }
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;
  const units = tokens.filter((t) => t.t === "small" || t.t === "big").length;
  const nums = tokens.filter((t) => t.t === "num").length;
  if (units === 0) {
    // Only digits: one Arabic number, a single Chinese digit, or a digit-by-digit reading with 〇.
    if (tokens.length === 1 && tokens[0].t === "num") return tokens[0].v;
    if (tokens.every((t) => t.t === "zero" || (t.t === "num" && t.cn))) return s.includes("〇") || s.includes("零") ? parseDigitwise(s) : null;
    return null;
  }
  let total: Decimal = ZERO;
  let section: Decimal = ZERO;
  let pending: Decimal | null = null;
  let lastUnit = 0; // magnitude of the last unit, for colloquial 一万二 (= 12000)
  let prev: Token["t"] | null = null;
  for (const tok of tokens) {
    if (tok.t === "num") {
      if (prev === "num") return null;
      pending = tok.v;
    } else if (tok.t === "zero") {
      lastUnit = 0;
    } else if (tok.t === "small") {
      if (prev === "small") return null;
      section = add(section, shift(pending ?? fromInt(1), tok.k));
      pending = null;
      lastUnit = tok.k;
    } else {
      const head = add(section, pending ?? ZERO);
      if (tok.k === 8) {
        if (prev === null) return null;
        total = shift(add(total, head), 8);
      } else {
        if (prev === null) return null;
        total = add(total, shift(head, 4));
      }
      section = ZERO;
      pending = null;
      lastUnit = tok.k;
    }
    prev = tok.t;
  }
  if (pending) {
    // 一万二 → 12000, 三千五 → 3500, 十五 → 15.
    const trailing = prev === "num" && lastUnit > 0 && tokens.length >= 2 && tokens[tokens.length - 2].t !== "zero" ? lastUnit - 1 : 0;
    if (trailing > 0 && !(pending.s === 0 && pending.n < 10n)) return null;
    section = add(section, shift(pending, trailing));
  }
  if (nums === 0 && tokens[0].t !== "small") return null;
  return add(total, section);
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const EN_SCALES: Record<string, number> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, m: 6, k: 3, b: 9, tn: 12,
};
export const EN_NUMBER_WORDS = Object.keys(EN_SMALL);

/** English number words: `two hundred`, `forty-five`, `3.5 billion`, `1.2 million`. */
export function parseEnglishNumber(input: string): Decimal | null {
  const words = input.toLowerCase().replace(/-/g, " ").split(/\s+/).filter((w) => w && w !== "and");
  if (words.length === 0) return null;
  let total: Decimal = ZERO;
  let current: Decimal | null = null;
  for (const w of words) {
    const num = /^\d/.test(w) ? parseDecimal(w) : w in EN_SMALL ? fromInt(EN_SMALL[w]) : w === "a" ? fromInt(1) : null;
    if (num) {
      current = current ? add(current, num) : num;
    } else if (w in EN_SCALES) {
      const k = EN_SCALES[w];
      if (k === 2) current = shift(current ?? fromInt(1), 2);
      else {
        total = add(total, shift(current ?? fromInt(1), k));
        current = null;
      }
    } else return null;
  }
  return current ? add(total, current) : total;
}

export { mul };
