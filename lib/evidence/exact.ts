import { add, mul, parseDecimal, shift, toDecimalString, type Decimal } from "../engine/figures/decimal";

/**
 * Exact comparisons of figure values. The engine's Decimal (bigint mantissa, decimal scale) is
 * reused; this adds the comparisons and the rounding bounds the evidence checks need, so that
 * `0.1 + 0.2`-style float error can never turn a match into a difference.
 */
export type { Decimal } from "../engine/figures/decimal";
export { toDecimalString } from "../engine/figures/decimal";

/** A figure value as an exact Decimal. Engine values are exact decimals converted once to a number. */
export function decimalOf(value: number): Decimal {
  const [mantissa, exponent] = Math.abs(value).toString().split("e");
  const d = shift(parseDecimal(mantissa) ?? { n: 0n, s: 0 }, Number(exponent ?? 0));
  return value < 0 ? { n: -d.n, s: d.s } : d;
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const s = Math.max(a.s, b.s);
  const x = a.n * 10n ** BigInt(s - a.s);
  const y = b.n * 10n ** BigInt(s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { n: -b.n, s: b.s });
}

/** 10^k as a Decimal (k may be negative). */
export function powerOfTen(k: number): Decimal {
  return shift({ n: 1n, s: 0 }, k);
}

/** Place of the last non-zero digit: 114000000 → 6, 2.5 → −1, 0 → 0. */
export function lastNonZeroPlace(d: Decimal): number {
  if (d.n === 0n) return 0;
  let n = d.n < 0n ? -d.n : d.n;
  let zeros = 0;
  while (n % 10n === 0n) {
    n /= 10n;
    zeros++;
  }
  return zeros - d.s;
}

/** (a − b) / b as a float: a ratio shown to people, never used to decide equality. */
export function relativeDifference(a: Decimal, b: Decimal): number | undefined {
  if (b.n === 0n) return undefined;
  return Number(toDecimalString(sub(a, b))) / Number(toDecimalString(b));
}

/** The half-open interval of values that round to `d` at the given place: [d − ½·10^p, d + ½·10^p). */
export function roundingInterval(d: Decimal, place: number): [Decimal, Decimal] {
  const half = shift({ n: 5n, s: 0 }, place - 1);
  return [sub(d, half), add(d, half)];
}

export { add, mul, parseDecimal, shift };
