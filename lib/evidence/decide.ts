import type { Figure } from "../engine";
import {
  compare, decimalOf, lastNonZeroPlace, parseDecimal, powerOfTen, add, relativeDifference, roundingInterval, toDecimalString,
  type Decimal,
} from "./exact";
import type { SourceNumber } from "./numbers";

export type FigureResult = "matches" | "within-rounding" | "differs" | "not-found";

export interface Decision {
  result: Exclude<FigureResult, "not-found">;
  relativeDifference?: number;
  reason: string;
}

/**
 * The place of the last digit the claim wrote: `1.14亿` → 6 (millions), `223亿` → 8. Trailing
 * zeros of a bare integer (`200人`) count as written only when `zerosWritten`: an exact claim
 * means them, an approximate one (`约200人`) does not.
 */
export function writtenPlace(figure: Figure, zerosWritten: boolean): number {
  const value = decimalOf(figure.value as number);
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

const within = (v: Decimal, [lo, hi]: [Decimal, Decimal]) => compare(v, lo) >= 0 && compare(v, hi) < 0;

const BOUND_WORDS = { "more-than": "more than", "less-than": "less than", "at-least": "at least", "at-most": "at most" } as const;

/** Numbers: equal, inside the claim's stated precision or bound, or different. */
export function decideNumber(claim: Figure, source: SourceNumber): Decision {
  const c = decimalOf(claim.value as number);
  const s = parseDecimal(source.value) ?? decimalOf(Number(source.value));
  const sv = grouped(source.value);
  const said = `source says ${sv} ("${source.text}")`;
  const differs = (why: string, against: Decimal = c): Decision => ({
    result: "differs", relativeDifference: relativeDifference(against, s), reason: `${why}; ${said}`,
  });
  if (claim.currency && source.currency && claim.currency !== source.currency) {
    return { result: "differs", reason: `Currency differs: claim is in ${claim.currency}, ${said} in ${source.currency}` };
  }
  if (claim.valueMax !== undefined) {
    const cMax = decimalOf(claim.valueMax as number);
    const sMax = source.valueMax !== undefined ? parseDecimal(source.valueMax) : null;
    if (sMax) {
      if (compare(c, s) === 0 && compare(cMax, sMax) === 0) return { result: "matches", reason: `Same range; ${said}` };
      return differs(`Claim range ${grouped(toDecimalString(c))}–${grouped(toDecimalString(cMax))} differs`);
    }
    if (compare(s, c) >= 0 && compare(s, cMax) <= 0) return { result: "within-rounding", reason: `Inside the claimed range; ${said}` };
    return differs("Outside the claimed range", compare(s, c) < 0 ? c : cMax);
  }
  if (source.valueMax !== undefined) {
    const sMax = parseDecimal(source.valueMax);
    if (sMax && compare(c, s) >= 0 && compare(c, sMax) <= 0) return { result: "within-rounding", reason: `The source gives a range that holds the claim; ${said}` };
  }
  const cv = grouped(toDecimalString(c));
  const order = compare(s, c);
  switch (claim.approx) {
    case "more-than":
    case "less-than":
    case "at-least":
    case "at-most": {
      if (order === 0 && (claim.approx === "at-least" || claim.approx === "at-most")) return { result: "matches", reason: `Same value ${cv}; ${said}` };
      const ok = { "more-than": order > 0, "less-than": order < 0, "at-least": order >= 0, "at-most": order <= 0 }[claim.approx];
      // 两百多, 200余: more than 200 but not yet 300.
      const capped = claim.approx === "more-than" && /\d[多余]|[百千万亿][多余]|多[万亿]|余[万亿]/.test(claim.text);
      const cap = add(c, powerOfTen(lastNonZeroPlace(c)));
      if (ok && !(capped && compare(s, cap) >= 0)) {
        return { result: "within-rounding", reason: `Claim says ${BOUND_WORDS[claim.approx]} ${cv}${capped ? ` (below ${grouped(toDecimalString(cap))})` : ""}; ${said}` };
      }
      return differs(`Claim says ${BOUND_WORDS[claim.approx]} ${cv}${capped ? ` (below ${grouped(toDecimalString(cap))})` : ""}`);
    }
    case "about":
    case "exact": {
      if (order === 0) return { result: "matches", reason: `Same value ${cv}; ${said}` };
      const place = writtenPlace(claim, claim.approx === "exact");
      const interval = roundingInterval(c, place);
      const range = `[${grouped(toDecimalString(interval[0]))}, ${grouped(toDecimalString(interval[1]))})`;
      if (within(s, interval)) {
        return { result: "within-rounding", reason: `Claim ${claim.approx === "about" ? "says about" : "rounds to"} ${cv}, which covers ${range}; ${said}` };
      }
      return differs(`Claim says ${claim.approx === "about" ? "about " : ""}${cv}, outside ${range}`);
    }
  }
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
  const said = `source says ${source.value}${source.valueMax ? `/${source.valueMax}` : ""} ("${source.text}")`;
  const startOk = sameDate(String(claim.value), source.value);
  const endOk = claim.valueMax === undefined ? source.valueMax === undefined : source.valueMax !== undefined && sameDate(String(claim.valueMax), source.valueMax);
  if (startOk && endOk) return { result: "matches", reason: `Same date${claim.valueMax ? " range" : ""}; ${said}` };
  return { result: "differs", reason: `Claim says ${claim.value}${claim.valueMax ? `/${claim.valueMax}` : ""}; ${said}` };
}
