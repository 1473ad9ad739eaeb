import type { Approx, Figure, FigureKind } from "../types";
import { parseDecimal, shift, toNumber, type Decimal } from "./decimal";
import { englishUnit, isCountedNoun, rateAfter, shareOfAfter } from "./english-units";
import {
  alternation, EN_CURRENCY_WORDS, EN_PREFIX_QUALIFIERS, PREFIX_CURRENCIES,
  ZH_CLASSIFIERS, ZH_CURRENCIES, ZH_MEASURES, ZH_PREFIX_QUALIFIERS, ZH_SUFFIX_QUALIFIERS,
} from "./lexicon";
import { EN_NUMBER_WORDS, EN_SCALES, parseChineseNumber, parseEnglishNumber } from "./numerals";

const CN = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟";
const ARABIC = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?";
/**
 * A number as written: Arabic digits with an optional Chinese magnitude (`3亿5000万` is one
 * number), or a Chinese numeral. In `5千瓦`, `3千克` the 千 starts the unit, not a magnitude.
 */
const CORE = `(?:${ARABIC}(?:[十百千](?![瓦克米帕焦卡]))?|[${CN}]+(?:点[零〇一二三四五六七八九]+)?)(?:[多余](?=[万亿]))?(?:亿${ARABIC}万|[万亿]{0,2})`;
export const CORE_RE = new RegExp(`(?<![\\d.])(?<!\\d,)${CORE}`, "g");
const CORE_AT = new RegExp(`^${CORE}`);
const EN_WORD_CORE = new RegExp(
  `\\b(?:${EN_NUMBER_WORDS.join("|")})(?:[\\s-]+(?:${EN_NUMBER_WORDS.join("|")}|hundred|thousand|million|billion|and(?=[\\s-]+(?:${EN_NUMBER_WORDS.join("|")}))))*(?:\\s+(?:hundred|thousand|million|billion|trillion))?\\b`,
  "gi",
);

const ZH_CURRENCY_AT = new RegExp(`^[多余]?(${alternation(Object.keys(ZH_CURRENCIES))})`);
const ZH_MEASURE_AT = new RegExp(`^[多余]?(${alternation(ZH_MEASURES)})`);
const ZH_CLASSIFIER_AT = new RegExp(`^[多余]?(${alternation(ZH_CLASSIFIERS)})`);
// Per mille (出生率为7.6‰) is a share too, kept with its own unit.
const PERCENT_AT = /^(?:\s?(%)|(个百分点|百分点|‰)|\s(percent|per cent|percentage points?)\b)/;
const EN_CURRENCY_AT = new RegExp(`^\\s(${alternation(Object.keys(EN_CURRENCY_WORDS))})\\b`, "i");
/** `1.62m visits`, `50k jobs`, a table cell `1.71m` without a currency: million and thousand (`a 1.5m wall` is a length). */
const EN_BARE_SCALE_AT = /^([mk])(?![A-Za-z\d])(?=\s{2,}|\s*$|\s*[,;)]|\s+([a-z]+))/;
/** `Ward 1`, `Article 5`, `Phase 2`: a number that labels a thing is part of its name, not a figure. */
const EN_LABEL_BEFORE = /\b(?:Ward|District|Article|Section|Chapter|Phase|Line|Route|Level|Grade|Class|Room|Gate|Zone|Block|Pier|Terminal|Building|Floor|Clause|Paragraph|Item|No\.|Number|Resolution|Unit|Team|Stage|Round|Season|Episode|Volume|Part|Figure|Fig\.|Table|Platform|Highway|Lot|Case|Patient)\s$/;
const EN_SCALE_AT = /^(?:\s?(thousand|million|billion|trillion)\b|(bn|mn|tn)\b|([mkb])\b)/;
const ZH_SUFFIX_AT = new RegExp(`^(${alternation(Object.keys(ZH_SUFFIX_QUALIFIERS))})`);
const ZH_PREFIX_BEFORE = new RegExp(`(${alternation(Object.keys(ZH_PREFIX_QUALIFIERS))})(?:为|达)?$`);
/** 过万, 过千人: 过 as "more than", but not the 过 of 通过, 经过, 不过 … */
const ZH_GUO_BEFORE = /(?<![通经不度越错路难跳穿跨超胜走看做去来有得见听说想闯渡熬挺])过$/;
const EN_PREFIX_BEFORE = new RegExp(`\\b(${alternation(Object.keys(EN_PREFIX_QUALIFIERS))})\\s+$`, "i");
const CURRENCY_BEFORE = new RegExp(`(${alternation(Object.keys(PREFIX_CURRENCIES))})\\s?$`);
const RANGE_AT = /^\s*(?:至|到|-|–|—|~|～|to)\s*/;
/** `grew by 1,150 to 41,300`, `rose from 4.5% to 4.2%`: a change from one number to another, not a range. */
const CHANGE_BEFORE = /\b(?:by|from)\s+(?:[A-Za-z$£€¥]{1,3}\s?)?$/i;
/** `-0.3` in a table or after a gap: a negative number; `5-10` stays a range. */
const SIGN_BEFORE = /(?:^|\n|[\t(（:：=]|\s{2,}|[^\d\s]\s)([-−+])$/;

/** Characters a unit, classifier, currency or share written after a Chinese numeral can start with. */
const UNIT_START = new Set([...ZH_CLASSIFIERS, ...ZH_MEASURES, ...Object.keys(ZH_CURRENCIES), "成", "%", "‰", "百", "千", "万", "亿", "多", "余", "点", "分", "年", "月", "日", "号"].map((w) => w[0]));

export interface Taken {
  has(start: number, end: number): boolean;
}

interface Parsed {
  start: number;
  end: number;
  value: Decimal;
  max?: Decimal;
  approx: Approx;
  kind: FigureKind;
  unit: string | null;
  currency?: string;
  vague?: boolean;
}

/** One non-zero digit then zeros (`万`, `1000`, `3亿`): the numbers 过 can bound. */
function isRound(d: Decimal): boolean {
  const n = d.n < 0n ? -d.n : d.n;
  return /^[1-9]0*$/.test(n.toString());
}

function qualifierBefore(text: string, at: number, round: boolean): { approx: Approx; start: number } | null {
  const before = text.slice(Math.max(0, at - 16), at);
  const zh = ZH_PREFIX_BEFORE.exec(before);
  if (zh) return { approx: ZH_PREFIX_QUALIFIERS[zh[1]], start: at - zh[0].length };
  if (round && ZH_GUO_BEFORE.test(before)) return { approx: "more-than", start: at - 1 };
  const en = EN_PREFIX_BEFORE.exec(before);
  // `edged up to 4.3%`, `fell under 5%`: after a verb of change, `up to` and `under` say where it went.
  if (en && /^(?:up to|down to|over|under|below|above)$/i.test(en[1]) && VERB_OF_CHANGE.test(text.slice(Math.max(0, at - en[0].length - 14), at - en[0].length))) return null;
  if (en) return { approx: EN_PREFIX_QUALIFIERS[en[1].toLowerCase()], start: at - en[0].length };
  return null;
}

const VERB_OF_CHANGE = /\b(?:edged|edges|went|goes|moved|moves|rose|rises|risen|climbed|climbs|jumped|jumps|crept|creeps|ticked|ticks|shot|inched|inches|fell|falls|fallen|dropped|drops|slipped|slips|eased|eases|sank|sinks|dipped|dips)\s*$/i;

/** What follows a number: a scale, a range, a unit, a suffix qualifier. */
function readTail(text: string, p: Parsed, hasCurrency: boolean, between = false): void {
  let rest = text.slice(p.end, p.end + 40);
  const scale = EN_SCALE_AT.exec(rest);
  const bare = (!scale || (scale[3] && !hasCurrency)) && !hasCurrency && /\d$/.test(text.slice(p.start, p.end)) ? EN_BARE_SCALE_AT.exec(rest) : null;
  if (scale && (scale[1] || scale[2] || hasCurrency) && !bare) {
    p.value = shift(p.value, EN_SCALES[(scale[1] ?? scale[2] ?? scale[3]).toLowerCase()]);
    p.end += scale[0].length;
    rest = text.slice(p.end, p.end + 40);
  } else if (bare && (bare[2] === undefined || isCountedNoun(bare[2]))) {
    p.value = shift(p.value, EN_SCALES[bare[1]]);
    p.end += 1;
    rest = text.slice(p.end, p.end + 40);
  }
  // `300-plus staff`: more than the number written.
  const plus = /^-?plus\b/.exec(rest);
  if (plus) {
    p.approx = "more-than";
    p.end += plus[0].length;
    rest = text.slice(p.end, p.end + 40);
  }
  // `between 10 and 15 percent`: `and` marks a range only after `between`.
  const change = CHANGE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
  const range = change ? null : RANGE_AT.exec(rest) ?? (between ? /^\s+and\s+/.exec(rest) : null);
  if (range) {
    const second = CORE_AT.exec(rest.slice(range[0].length));
    const v = second ? parseCore(second[0]) : null;
    // A range rises: `voted 9 to 4` is a tally, not a range.
    if (second && v && toNumber(v.value) > toNumber(p.value)) {
      p.max = v.value;
      if (v.more) p.approx = "more-than";
      p.end += range[0].length + second[0].length;
      rest = text.slice(p.end, p.end + 40);
    }
  }
  let m: RegExpExecArray | null;
  let en: ReturnType<typeof englishUnit> = null;
  if ((m = PERCENT_AT.exec(rest))) {
    p.kind = "percent";
    p.unit = m[1] ? "%" : (m[2] ?? m[3] ?? "%");
    if (m[3] && /^per ?cent$/.test(m[3])) p.unit = "%";
  } else if ((m = ZH_CURRENCY_AT.exec(rest))) {
    p.kind = "money";
    p.unit = m[1];
    p.currency = ZH_CURRENCIES[m[1]];
  } else if ((m = EN_CURRENCY_AT.exec(rest))) {
    p.kind = "money";
    p.unit = m[1];
    p.currency = EN_CURRENCY_WORDS[m[1].toLowerCase()];
  } else if ((m = ZH_MEASURE_AT.exec(rest))) {
    p.kind = "quantity";
    p.unit = m[1];
  } else if ((m = ZH_CLASSIFIER_AT.exec(rest))) {
    p.kind = "count";
    p.unit = m[1];
  } else if (!hasCurrency && (en = englishUnit(rest))) {
    // The counted thing is the head noun: `200 new cases`, `40 million bed nets`, `50 MW`.
    p.kind = en.kind;
    p.unit = en.unit;
    m = Object.assign([rest.slice(0, en.length)], { index: 0, input: rest, groups: undefined }) as RegExpExecArray;
  }
  if (m) {
    if (/^[多余]/.test(m[0])) p.approx = "more-than";
    p.end += m[0].length;
    rest = text.slice(p.end, p.end + 40);
    // 20%至30%: a range with the unit written on both ends.
    const range = p.max === undefined ? RANGE_AT.exec(rest) : null;
    const second = range ? CORE_AT.exec(rest.slice(range[0].length)) : null;
    const v = second ? parseCore(second[0]) : null;
    const unitText = m[0].replace(/^[多余]/, "");
    if (range && second && v && rest.slice(range[0].length + second[0].length).startsWith(unitText)) {
      p.max = v.value;
      p.end += range[0].length + second[0].length + unitText.length;
      rest = text.slice(p.end, p.end + 12);
    }
  }
  readSuffix(text, p);
  if (p.kind === "percent") {
    const of = shareOfAfter(text.slice(p.end, p.end + 40));
    if (of) {
      p.unit = of.unit;
      p.end += of.length;
    }
  } else if (p.kind !== "money") {
    // `57 cases per 1,000 people`: a rate, whose unit is its denominator.
    const rate = rateAfter(text.slice(p.end, p.end + 48));
    if (rate) {
      p.kind = "quantity";
      p.unit = rate.unit;
      p.end += rate.length;
    }
  }
}

/** 以上, 左右, `or more` after a number and its unit. */
function readSuffix(text: string, p: Parsed): void {
  const rest = text.slice(p.end, p.end + 12);
  const suffix = ZH_SUFFIX_AT.exec(rest);
  if (suffix) {
    p.approx = ZH_SUFFIX_QUALIFIERS[suffix[1]];
    p.end += suffix[0].length;
  } else if (/^\s(?:or more|or above|and above|and over)\b/.test(rest)) {
    p.approx = "at-least";
    p.end += /^\s\w+\s\w+/.exec(rest)![0].length;
  } else if (/^\s(?:or so)\b/.test(rest)) {
    p.approx = "about";
    p.end += " or so".length;
  }
}

function parseCore(core: string): { value: Decimal; more: boolean } | null {
  // Most numbers are plain Arabic digits: read them without the Chinese numeral parser.
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(core)) {
    const value = parseDecimal(core);
    return value ? { value, more: false } : null;
  }
  const more = /[多余](?=[万亿])/.test(core);
  const bare = /^[百千万亿]$/.test(core) ? `一${core}` : core;
  const value = parseChineseNumber(bare.replace(/[多余](?=[万亿])/, "").replace(/,/g, ""));
  return value ? { value, more } : null;
}

function nameAround(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  const before2 = text[start - 2] ?? "";
  const after = text[end] ?? "";
  if (/[A-Za-z]/.test(before) || (before === "-" && /[A-Za-z]/.test(before2))) return true;
  if (after === "-" && /[A-Za-z]/.test(text[end + 1] ?? "") && !text.startsWith("-plus", end)) return true;
  if (/[:：]/.test(after) && /\d/.test(text[end + 1] ?? "")) return true; // clock time
  // List markers: `1、`, `(1)`, `1.` at the start of a line.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (/^\s*[(（]?$/.test(text.slice(lineStart, start)) && /^[、.．)）](?!\d)/.test(text.slice(end))) return true;
  if (/[(（]/.test(before) && /[)）]/.test(after)) return true;
  return false;
}

/**
 * A figure for an amount written in words (`half a million people`, `dozens of firms`): the
 * qualifier before it and the unit after it read like those of a number.
 */
export function wordAmount(text: string, start: number, end: number, value: Decimal, extra: { vague?: boolean; approx?: Approx } = {}): Figure | null {
  const p: Parsed = { start, end, value, approx: extra.approx ?? "exact", kind: "count", unit: null, vague: extra.vague };
  const q = qualifierBefore(text, start, false);
  if (q) {
    p.start = q.start;
    p.approx = q.approx;
  }
  readTail(text, p, false);
  const f: Figure = { text: text.slice(p.start, p.end), start: p.start, end: p.end, kind: p.kind, value: toNumber(p.value), approx: p.approx, unit: p.unit };
  if (p.vague) f.vague = true;
  return f;
}

/** Counts, quantities, money and percentages (dates and ordinals are found first, elsewhere). */
export function findNumbers(text: string, taken: Taken): Figure[] {
  const out: Figure[] = [];
  const push = (p: Parsed) => {
    const f: Figure = {
      text: text.slice(p.start, p.end), start: p.start, end: p.end, kind: p.kind, value: toNumber(p.value),
      approx: p.approx, unit: p.unit,
    };
    if (p.max) f.valueMax = toNumber(p.max);
    if (p.currency) f.currency = p.currency;
    if (p.vague) f.vague = true;
    out.push(f);
  };
  for (const m of text.matchAll(CORE_RE)) {
    const core = m[0];
    const start = m.index;
    const coreEnd = start + core.length;
    if (taken.has(start, coreEnd) || nameAround(text, start, coreEnd)) continue;
    if (EN_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // `per 1,000 births`, `每10万人`: the denominator of a rate is no figure of its own.
    if (/(?:\bper\s|每)$/i.test(text.slice(Math.max(0, start - 4), start))) continue;
    const arabic = /\d/.test(core);
    // 百余家, 逾百万人: a bare 百 or 千 counts as one hundred or one thousand before 余, 多, 万 or 亿.
    // 过万, 上千, 数百: a bare magnitude after a word that bounds it.
    const bareHundreds = (/^[百千]/.test(core) && (/[万亿]/.test(core) || /^[余多]/.test(text[coreEnd] ?? "")))
      || (/^[百千万亿]$/.test(core) && /[过上数几逾超]$/.test(text.slice(Math.max(0, start - 1), start)) && !/[一二两三四五六七八九十]$/.test(text.slice(Math.max(0, start - 2), start - 1)));
    if (!arabic && !bareHundreds && !/[一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾]/.test(core)) continue;
    // Clock times: 10时30分, 8时许.
    if (arabic && /^(?:时(?:\d|许|整|左右|前|后|起)|点\d{1,2}分)/.test(text.slice(coreEnd, coreEnd + 4))) continue;
    if (arabic && text[start - 1] === "时" && text[coreEnd] === "分") continue;
    // A lone Chinese digit (一直, 两岸) is a figure only with a unit, a qualifier or a magnitude after it.
    if (!arabic && core.length === 1 && !UNIT_START.has(text[coreEnd] ?? "") && !/[约近超逾余多达至第过]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    const parsed = parseCore(core);
    if (!parsed) continue;
    const p: Parsed = { start, end: coreEnd, value: parsed.value, approx: parsed.more ? "more-than" : "exact", kind: "count", unit: null };
    // 百分之十五, $3.5bn, 约223亿只.
    let prefixEnd = start;
    if (text.slice(Math.max(0, start - 3), start) === "百分之") {
      p.start -= 3;
      prefixEnd = p.start;
      p.kind = "percent";
      p.unit = "%";
    }
    const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, prefixEnd - 5), prefixEnd));
    let hasCurrency = false;
    if (cur && !(/^[A-Z]{3}$/.test(cur[1]) && /[A-Za-z]/.test(text[prefixEnd - cur[0].length - 1] ?? ""))) {
      p.start = prefixEnd - cur[0].length;
      prefixEnd = p.start;
      p.kind = "money";
      p.currency = PREFIX_CURRENCIES[cur[1]];
      p.unit = cur[1];
      hasCurrency = true;
    }
    const sign = p.kind === "count" ? SIGN_BEFORE.exec(text.slice(Math.max(0, prefixEnd - 3), prefixEnd)) : null;
    if (sign && arabic) {
      p.start = prefixEnd - 1;
      prefixEnd = p.start;
      if (sign[1] !== "+") p.value = { n: -parsed.value.n, s: parsed.value.s };
    }
    const q = sign ? null : qualifierBefore(text, prefixEnd, isRound(parsed.value));
    if (q && !taken.has(q.start, prefixEnd)) {
      p.start = q.start;
      p.approx = q.approx;
    }
    // 数十万, 几百, 上千: an unstated multiple, so at least the magnitude written, and no number.
    const several = !q && /^[十百千万]/.test(core) && !taken.has(prefixEnd - 1, prefixEnd)
      && (/[数几]$/.test(text.slice(0, prefixEnd)) || /(?<![以之年月线网路马早晚身世北南东西街向会])上$/.test(text.slice(Math.max(0, prefixEnd - 2), prefixEnd)));
    if (several) {
      p.start = prefixEnd - 1;
      p.approx = "more-than";
      p.vague = true;
    }
    const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, p.start - 9), p.start));
    // 三成 = 30%.
    const tenths = /^成(?![为功立员本果就熟长交型效绩年人])/.exec(text.slice(coreEnd));
    if (tenths && p.kind === "count" && toNumber(parsed.value) <= 10) {
      p.value = shift(parsed.value, 1);
      p.kind = "percent";
      p.unit = "%";
      p.end = coreEnd + 1;
      // 一成多, 两成以上.
      if (/^[多余]/.test(text[p.end] ?? "")) {
        p.approx = "more-than";
        p.end++;
      }
      readSuffix(text, p);
      push(p);
      continue;
    }
    const kindBefore = p.kind;
    const unitBefore = p.unit;
    readTail(text, p, hasCurrency, between);
    if (kindBefore === "percent") {
      p.kind = "percent";
      p.unit = "%";
    } else if (kindBefore === "money" && p.kind !== "money") {
      p.kind = "money";
      p.unit = unitBefore;
    }
    if (taken.has(p.start, p.end)) {
      p.end = coreEnd;
      if (taken.has(p.start, p.end)) continue;
    }
    const after = text.slice(p.end, p.end + 2);
    if (!arabic) {
      // Chinese numerals need something that makes them a figure: 两百多名, 三千万元, 约十五.
      const hasMagnitude = /[万亿]/.test(core);
      if (p.unit === null && !q && (!hasMagnitude || bareHundreds) && p.kind !== "percent") continue;
      if (core === "一" && !q && p.kind !== "money" && p.kind !== "quantity") continue;
      // 一年来, 一天, 一周: a span of time, not a checkable amount.
      if (core === "一" && !q && p.kind === "quantity" && /^(?:年|天|周|月|个月|日|小时|分钟|秒)$/.test(p.unit ?? "")) continue;
      if (p.unit && after.startsWith(p.unit) && p.unit.length === 1) continue; // 一座座, 一个个
      if (core === "两" && p.unit === "国") continue; // 两国: "both countries"
    } else if (/^[A-Za-z]/.test(text[p.end] ?? "") && p.unit === null) {
      continue; // 5G, 3D
    }
    if (p.unit === "国" && text.slice(p.end, p.end + 2) === "集团") continue;
    push(p);
  }
  for (const m of /[A-Za-z]/.test(text) ? text.matchAll(EN_WORD_CORE) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.has(start, end)) continue;
    const value = parseEnglishNumber(m[0]);
    if (!value) continue;
    const p: Parsed = { start, end, value, approx: "exact", kind: "count", unit: null };
    const q = qualifierBefore(text, start, false);
    if (q && !taken.has(q.start, start)) {
      p.start = q.start;
      p.approx = q.approx;
    }
    readTail(text, p, false);
    if (p.unit === null || (toNumber(value) === 1 && !/\s(?:million|billion|thousand|trillion)/i.test(m[0]))) continue;
    if (taken.has(p.start, p.end)) continue;
    push(p);
  }
  return out;
}
