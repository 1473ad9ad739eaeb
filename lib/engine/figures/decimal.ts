/**
 * Exact decimals as bigint mantissa and decimal scale (value = n / 10^s), so `1.14亿` is exactly
 * 114000000 and never 113999999.99999999. Converted to a JS number once, at the end, from a string.
 */
export interface Decimal {
  readonly n: bigint;
  readonly s: number;
}

export const ZERO: Decimal = { n: 0n, s: 0 };

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** Parse `1,234.56` (separators already allowed) into a Decimal; null when not a plain number. */
export function parseDecimal(text: string): Decimal | null {
  const t = text.replace(/[,\s]/g, "");
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const frac = m[2] ?? "";
  return normalise({ n: BigInt(m[1] + frac), s: frac.length });
}

export function fromInt(k: number | bigint): Decimal {
  return { n: BigInt(k), s: 0 };
}

function normalise(d: Decimal): Decimal {
  let { n, s } = d;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s--;
  }
  return { n, s };
}

/** Multiply by 10^k. */
export function shift(d: Decimal, k: number): Decimal {
  if (k >= 0) return d.s >= k ? normalise({ n: d.n, s: d.s - k }) : normalise({ n: d.n * pow10(k - d.s), s: 0 });
  return normalise({ n: d.n, s: d.s - k });
}

export function add(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.s, b.s);
  return normalise({ n: a.n * pow10(s - a.s) + b.n * pow10(s - b.s), s });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return normalise({ n: a.n * b.n, s: a.s + b.s });
}

export function isZero(d: Decimal): boolean {
  return d.n === 0n;
}

export function toDecimalString(d: Decimal): string {
  const neg = d.n < 0n;
  let digits = (neg ? -d.n : d.n).toString();
  if (d.s === 0) return (neg ? "-" : "") + digits;
  digits = digits.padStart(d.s + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -d.s)}.${digits.slice(-d.s)}`;
}

/** The nearest JS number; exact for integers up to 2^53 and for decimals a double can hold. */
export function toNumber(d: Decimal): number {
  return Number(toDecimalString(d));
}

/** log10 of a power of ten (10, 100, 10000 …) used as a unit. */
export function magnitudeOf(unit: number): number {
  return Math.round(Math.log10(unit));
}
