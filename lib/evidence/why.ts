import type { Approx, FigureKind } from "../engine";

// Why a figure check was proposed, as data: the matcher decides in one place and each reader (the
// board, the claim's check, the API) words it in its own language. The English wording is the one
// the matcher has always given (the API's `reason`); the Chinese is written for a Chinese desk, not
// translated word for word. Kept here rather than in the interface catalogue because the pieces
// nest (a bound inside a sentence inside the notes) and the matcher, which is pure, builds them.

export type Locale = "zh" | "en";

/** A number's range as the matcher reasoned about it; open ends are strict. */
export type Span = { lo?: string; hi?: string; loOpen: boolean; hiOpen: boolean };

/** The claim's number with its bound words (`约1,200`, `about 1,200`) and the top of its range. */
export type ClaimNumber = { approx: Approx; value: string; max?: string };

/** What the source says: its number, with the bound words it used, and the text it was read from. */
export type Said = { value: string; approx: Approx; text: string };

export type Why =
  | { key: "currency"; claimCurrency: string; sourceCurrency: string; said: Said }
  | { key: "same"; what: "value" | "range" | "bound"; claim: ClaimNumber; said: Said }
  | { key: "covers" | "outside"; claim: ClaimNumber; span: Span; said: Said }
  | { key: "bound-inside" | "bound-excludes" | "bound-only"; source: Span; claim: Span; said: Said }
  | { key: "same-date"; range: boolean; said: Said }
  | { key: "date-differs"; claim: string; said: Said }
  | { key: "percent-vs-points"; claimPoints: boolean; sourcePoints: boolean; text: string }
  | { key: "no-same-thing" | "none-comparable"; kind: FigureKind; text: string; value: string }
  | { key: "no-sources" }
  | { key: "table-no-numbers" }
  | { key: "table-no-period"; period: string; periods: string };

export type Note =
  | { key: "converted"; text: string; from: string; to: string }
  | { key: "glossary"; concept: string }
  | { key: "noun-unknown" };

/** A proposal's reason: the decision and what qualifies it. */
export type Reason = Why & { notes?: Note[] };

const BOUND: Record<Locale, Record<Approx, string>> = {
  en: { exact: "", about: "about ", "more-than": "more than ", "less-than": "less than ", "at-least": "at least ", "at-most": "at most " },
  zh: { exact: "", about: "约", "more-than": "超过", "less-than": "不到", "at-least": "至少", "at-most": "至多" },
};

const KIND_ZH: Record<FigureKind, string> = {
  count: "数量", quantity: "数量", money: "金额", percent: "百分比", date: "日期", "date-range": "日期范围", ordinal: "序数",
};

function claimNumber(locale: Locale, c: ClaimNumber): string {
  return `${BOUND[locale][c.approx]}${c.value}${c.max ? `–${c.max}` : ""}`;
}

function span(locale: Locale, s: Span): string {
  if (s.lo && s.hi) return `${s.loOpen ? "(" : "["}${s.lo}, ${s.hi}${s.hiOpen ? ")" : "]"}`;
  const words = locale === "en"
    ? { above: "above", atLeast: "at least", below: "below", atMost: "at most", any: "any value" }
    : { above: "大于", atLeast: "不小于", below: "小于", atMost: "不大于", any: "任意数值" };
  if (s.lo) return `${s.loOpen ? words.above : words.atLeast} ${s.lo}`;
  if (s.hi) return `${s.hiOpen ? words.below : words.atMost} ${s.hi}`;
  return words.any;
}

function said(locale: Locale, s: Said): string {
  return locale === "en" ? `source says ${BOUND.en[s.approx]}${s.value} ("${s.text}")` : `来源为${BOUND.zh[s.approx]}${s.value}（“${s.text}”）`;
}

function whyText(locale: Locale, w: Why): string {
  const en = locale === "en";
  switch (w.key) {
    case "currency":
      return en ? `Currency differs: claim is in ${w.claimCurrency}, ${said(locale, w.said)} in ${w.sourceCurrency}` : `币种不同：声明以${w.claimCurrency}计，${said(locale, w.said)}，以${w.sourceCurrency}计`;
    case "same":
      return en ? `Same ${w.what} ${claimNumber(locale, w.claim)}; ${said(locale, w.said)}` : `${{ value: "数值", range: "范围", bound: "界限" }[w.what]}相同：${claimNumber(locale, w.claim)}；${said(locale, w.said)}`;
    case "covers":
      return en ? `Claim says ${claimNumber(locale, w.claim)}, which covers ${span(locale, w.span)}; ${said(locale, w.said)}` : `声明为${claimNumber(locale, w.claim)}，可表示${span(locale, w.span)}；${said(locale, w.said)}`;
    case "outside":
      return en ? `Claim says ${claimNumber(locale, w.claim)}, outside ${span(locale, w.span)}; ${said(locale, w.said)}` : `声明为${claimNumber(locale, w.claim)}，来源数字不在${span(locale, w.span)}之内；${said(locale, w.said)}`;
    case "bound-inside":
      return en
        ? `The source's bound (${span(locale, w.source)}) lies inside the claim's (${span(locale, w.claim)}); ${said(locale, w.said)}`
        : `来源给出的界限（${span(locale, w.source)}）在声明的范围（${span(locale, w.claim)}）之内；${said(locale, w.said)}`;
    case "bound-excludes":
      return en
        ? `The source's bound (${span(locale, w.source)}) excludes the claim's (${span(locale, w.claim)}); ${said(locale, w.said)}`
        : `来源给出的界限（${span(locale, w.source)}）与声明的范围（${span(locale, w.claim)}）不相交；${said(locale, w.said)}`;
    case "bound-only":
      return en
        ? `The source gives only a bound (${span(locale, w.source)}), which neither confirms nor contradicts the claim's ${span(locale, w.claim)}; ${said(locale, w.said)}`
        : `来源只给出界限（${span(locale, w.source)}），既不能证实也不能否定声明的${span(locale, w.claim)}；${said(locale, w.said)}`;
    case "same-date":
      return en ? `Same date${w.range ? " range" : ""}; ${said(locale, w.said)}` : `日期${w.range ? "范围" : ""}相同；${said(locale, w.said)}`;
    case "date-differs":
      return en ? `Claim says ${w.claim}; ${said(locale, w.said)}` : `声明为${w.claim}；${said(locale, w.said)}`;
    case "percent-vs-points": {
      const what = (points: boolean) => (en ? (points ? "percentage points" : "a percentage") : points ? "百分点" : "百分比");
      return en
        ? `The claim gives ${what(w.claimPoints)}, the source ${what(w.sourcePoints)}: a change in percentage points is not a percent change; source says "${w.text}"`
        : `声明给出的是${what(w.claimPoints)}，来源给出的是${what(w.sourcePoints)}：百分点的变化不等于百分比的变化；来源为“${w.text}”`;
    }
    case "no-same-thing":
      return en ? `No ${w.kind} in the source counts the same thing as "${w.text}" (${w.value})` : `来源中没有与“${w.text}”（${w.value}）统计同一对象的${KIND_ZH[w.kind]}`;
    case "none-comparable":
      return en ? `The source states no ${w.kind} comparable with "${w.text}" (${w.value})` : `来源中没有可与“${w.text}”（${w.value}）比较的${KIND_ZH[w.kind]}`;
    case "no-sources":
      return en ? "No sources are attached to this claim" : "该声明尚未附加来源";
    case "table-no-numbers":
      return en ? "The table has no number cells" : "表格中没有数字单元格";
    case "table-no-period":
      return en ? `The table has no cells for ${w.period} (it covers ${w.periods})` : `表格中没有${w.period}的单元格（表格涵盖${w.periods}）`;
  }
}

function noteText(locale: Locale, n: Note): string {
  const en = locale === "en";
  switch (n.key) {
    case "converted":
      return en ? `converted ${n.text} from ${n.from} to ${n.to}` : `已将${n.text}从${n.from}换算为${n.to}`;
    case "glossary":
      return en ? `the claim's noun was found in the source's language through the glossary (${n.concept})` : `借助词汇表在来源语言中找到了声明的名词（${n.concept}）`;
    case "noun-unknown":
      return en ? "the source does not name what this number counts" : "来源没有说明这个数字统计的是什么";
  }
}

/** The reason in a reader's language, notes in brackets after it. */
export function reasonText(reason: Reason, locale: Locale): string {
  const text = whyText(locale, reason);
  const notes = (reason.notes ?? []).map((n) => noteText(locale, n));
  if (notes.length === 0) return text;
  return locale === "en" ? `${text} (${notes.join("; ")})` : `${text}（${notes.join("；")}）`;
}

/** A proposal's reason as data, and in English (the API's `reason`, and the text tests read). */
export function because(why: Reason): { why: Reason; reason: string } {
  return { why, reason: reasonText(why, "en") };
}
