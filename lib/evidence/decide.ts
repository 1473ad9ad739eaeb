import type { Approx, Figure } from "../engine";
import {
  add, compare, decimalOf, lastNonZeroPlace, parseDecimal, powerOfTen, relativeDifference, roundingInterval, toDecimalString,
  type Decimal,
} from "./exact";
import type { SourceNumber } from "./numbers";
import type { ClaimNumber, Said, Span, Why } from "./why";

export type FigureResult = "matches" | "within-rounding" | "differs" | "not-found";

export interface Decision {
  result: FigureResult;
  relativeDifference?: number;
  /** Why, as data for a person's language (why.ts); made only for the proposal made, since many candidates are decided. */
  why: () => Why;
  /** The source gives a bound (`160多`, `more than 150`) rather than a number. */
  bound?: boolean;
}

/**
 * The place of the last digit the claim wrote: `1.14亿` → 6 (millions), `223亿` → 8. Trailing
 * zeros of a bare integer (`200人`) count as written only when `zerosWritten`: an exact claim
 * means them, an approximate one (`约200人`) does not.
 */
export function writtenPlace(figure: { value: number | string; text: string }, zerosWritten: boolean): number {
  const value = decimalOf(Number(figure.value));
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(figure.text);
  const digits = m ? parseDecimal(m[0]) : null;
  if (!m || !digits || digits.n === 0n || value.n === 0n) return lastNonZeroPlace(value);
  const scale = lastNonZeroPlace(value) - lastNonZeroPlace(digits);
  if (m[2]) return scale - m[2].length;
  return zerosWritten ? scale : lastNonZeroPlace(value);
}

/** 22340000000 → 22,340,000,000 */
export function grouped(value: string): string {
  const [int, frac] = value.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${g}.${frac}` : g;
}

/** The values a figure can mean: an interval whose ends may be open or missing (no bound). */
interface Interval {
  lo?: Decimal;
  loOpen: boolean;
  hi?: Decimal;
  hiOpen: boolean;
}


/** 两百多, 160多, 200余: more than the number but below the next step of its last digit. */
const CAPPED = /\d[多余]|[百千万亿十][多余]|多[万亿]|余[万亿]/;

/**
 * What a figure means as an interval. A claim's exact or approximate number stands for what
 * rounds to it; a source's exact number is itself; bounds and ranges are what they say.
 */
function intervalOf(f: { value: Decimal; max?: Decimal; approx: Approx; text: string; numeric: number | string }, asClaim: boolean): Interval {
  const v = f.value;
  if (f.max) return { lo: v, loOpen: false, hi: f.max, hiOpen: false };
  const cap = CAPPED.test(f.text) ? add(v, powerOfTen(lastNonZeroPlace(v))) : undefined;
  switch (f.approx) {
    case "more-than":
      return { lo: v, loOpen: true, hi: cap, hiOpen: true };
    case "at-least":
      return { lo: v, loOpen: false, hi: cap, hiOpen: true };
    case "less-than":
      return { hi: v, hiOpen: true, loOpen: false };
    case "at-most":
      return { hi: v, hiOpen: false, loOpen: false };
    case "about":
    case "exact": {
      if (!asClaim && f.approx === "exact") return { lo: v, loOpen: false, hi: v, hiOpen: false };
      const [lo, hi] = roundingInterval(v, writtenPlace({ value: f.numeric, text: f.text }, f.approx === "exact"));
      return { lo, loOpen: false, hi, hiOpen: true };
    }
  }
}

/** a's lower end is at or above b's (a starts inside or after b). */
function lowerWithin(a: Interval, b: Interval): boolean {
  if (!b.lo) return true;
  if (!a.lo) return false;
  const c = compare(a.lo, b.lo);
  return c > 0 || (c === 0 && (!b.loOpen || a.loOpen));
}

function upperWithin(a: Interval, b: Interval): boolean {
  if (!b.hi) return true;
  if (!a.hi) return false;
  const c = compare(a.hi, b.hi);
  return c < 0 || (c === 0 && (!b.hiOpen || a.hiOpen));
}

const contains = (outer: Interval, inner: Interval) => lowerWithin(inner, outer) && upperWithin(inner, outer);

function disjoint(a: Interval, b: Interval): boolean {
  const below = (x: Interval, y: Interval) => x.hi !== undefined && y.lo !== undefined && (compare(x.hi, y.lo) < 0 || (compare(x.hi, y.lo) === 0 && (x.hiOpen || y.loOpen)));
  return below(a, b) || below(b, a);
}

/** An interval as the reason shows it, its ends grouped (22,340,000,000). */
function spanOf(i: Interval): Span {
  const show = (d: Decimal) => grouped(toDecimalString(d));
  return { ...(i.lo ? { lo: show(i.lo) } : {}), ...(i.hi ? { hi: show(i.hi) } : {}), loOpen: !!i.loOpen, hiOpen: !!i.hiOpen };
}

/** The claim's side of a comparison, worked out once for all of a source's numbers. */
export interface ClaimSide {
  figure: Figure;
  value: Decimal;
  max?: Decimal;
  interval: Interval;
}

export function claimSide(claim: Figure): ClaimSide {
  const value = decimalOf(claim.value as number);
  const max = claim.valueMax !== undefined ? decimalOf(claim.valueMax as number) : undefined;
  return { figure: claim, value, max, interval: intervalOf({ value, max, approx: claim.approx, text: claim.text, numeric: claim.value }, true) };
}

/**
 * Numbers compared as what they can mean: the claim's number with its written precision or its
 * bound, the source's number (or its own bound: `160多` against `160多` matches). A source bound
 * that neither settles nor contradicts the claim is no evidence either way.
 */
export function decideNumber(side: ClaimSide, source: SourceNumber, s: Decimal, max?: Decimal): Decision {
  const { figure: claim, value: c, max: claimMax, interval: C } = side;
  const said = (): Said => ({ value: grouped(toDecimalString(s)), approx: source.approx, text: source.text });
  if (claim.currency && source.currency && claim.currency !== source.currency) {
    return { result: "differs", why: () => ({ key: "currency", claimCurrency: claim.currency!, sourceCurrency: source.currency!, said: said() }) };
  }
  const exactSource = source.approx === "exact" && !max;
  const S: Interval = exactSource ? { lo: s, loOpen: false, hi: s, hiOpen: false } : intervalOf({ value: s, max, approx: source.approx, text: source.text, numeric: source.value }, false);
  const cv = (): ClaimNumber => ({ approx: claim.approx, value: grouped(toDecimalString(c)), ...(claimMax ? { max: grouped(toDecimalString(claimMax)) } : {}) });
  const point = exactSource || (S.lo !== undefined && S.hi !== undefined && compare(S.lo, S.hi) === 0 && !S.loOpen && !S.hiOpen);
  const sameWords = claim.approx === source.approx && compare(c, s) === 0 && (claimMax && max ? compare(claimMax, max) === 0 : !claimMax && !max)
    && CAPPED.test(claim.text) === CAPPED.test(source.text);
  if (sameWords && (point || claim.approx !== "exact" || claimMax)) {
    return { result: "matches", why: () => ({ key: "same", what: point ? "value" : claimMax ? "range" : "bound", claim: cv(), said: said() }), bound: !point };
  }
  if (point) {
    if (compare(c, s) === 0 && !claimMax && (claim.approx === "exact" || claim.approx === "about" || claim.approx === "at-least" || claim.approx === "at-most")) {
      return { result: "matches", why: () => ({ key: "same", what: "value", claim: cv(), said: said() }) };
    }
    if (contains(C, S)) return { result: "within-rounding", why: () => ({ key: "covers", claim: cv(), span: spanOf(C), said: said() }) };
    const nearest = claimMax && compare(s, c) > 0 ? claimMax : c;
    return { result: "differs", relativeDifference: relativeDifference(nearest, s), why: () => ({ key: "outside", claim: cv(), span: spanOf(C), said: said() }) };
  }
  const bounds = () => ({ source: spanOf(S), claim: spanOf(C), said: said() });
  if (contains(C, S)) return { result: "within-rounding", bound: true, why: () => ({ key: "bound-inside", ...bounds() }) };
  if (disjoint(C, S)) return { result: "differs", bound: true, relativeDifference: relativeDifference(c, s), why: () => ({ key: "bound-excludes", ...bounds() }) };
  return { result: "not-found", bound: true, why: () => ({ key: "bound-only", ...bounds() }) };
}

interface DateParts { y?: string; m?: string; d?: string }

function dateParts(iso: string): DateParts {
  const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  return m ? { y: m[1], m: m[2], d: m[3] } : {};
}

/** Dates agree when every part both of them state is equal (`--04-25` agrees with `2020-04-25`). */
export function sameDate(a: string, b: string): boolean {
  const x = dateParts(a);
  const y = dateParts(b);
  const parts = (["y", "m", "d"] as const).filter((k) => x[k] !== undefined && y[k] !== undefined);
  return parts.length > 0 && parts.every((k) => x[k] === y[k]) && (x.m === undefined) === (y.m === undefined);
}

export function decideDate(claim: Figure, source: SourceNumber): Decision {
  const said = (): Said => ({ value: `${source.value}${source.valueMax ? `/${source.valueMax}` : ""}`, approx: "exact", text: source.text });
  const startOk = sameDate(String(claim.value), source.value);
  const endOk = claim.valueMax === undefined ? source.valueMax === undefined : source.valueMax !== undefined && sameDate(String(claim.valueMax), source.valueMax);
  if (startOk && endOk) return { result: "matches", why: () => ({ key: "same-date", range: claim.valueMax !== undefined, said: said() }) };
  return { result: "differs", why: () => ({ key: "date-differs", claim: `${claim.value}${claim.valueMax ? `/${claim.valueMax}` : ""}`, said: said() }) };
}
