import { extractFigures, type ExtractOptions, type Figure } from "../engine";
import { decimalOf, parseDecimal, shift, toDecimalString, type Decimal } from "./exact";

/** A number read in a source, with its value as an exact decimal string (or ISO date). */
export interface SourceNumber extends Omit<Figure, "value" | "valueMax" | "inherited"> {
  value: string;
  valueMax?: string;
}

const SUPERSCRIPT: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-" };

/**
 * Forms the engine's extractor does not read because bulletins never use them but data sources
 * do: scientific notation (`2.23e10`, `2.23×10^10`, `2.23 × 10¹⁰`) and digits grouped by thin or
 * no-break spaces (`22 300 000 000`). Each yields an exact value; the engine reads the rest.
 */
const EXTRA_FORMS: { re: RegExp; value: (m: RegExpExecArray) => Decimal | null }[] = [
  {
    re: /(?<![\d.,])(\d+(?:\.\d+)?)(?:[eE]([+-]?\d{1,3})|\s?[×xX*]\s?10(?:\^|\*\*)\(?([+-−]?\d{1,3})\)?|\s?[×xX*]\s?10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d])/g,
    value: (m) => {
      const exponent = (m[2] ?? m[3] ?? [...m[4]].map((c) => SUPERSCRIPT[c]).join("")).replace("−", "-");
      const mantissa = parseDecimal(m[1]);
      return mantissa ? shift(mantissa, Number(exponent)) : null;
    },
  },
  {
    re: /(?<![\d.,\u00A0\u2009\u202F])\d{1,3}(?:[\u00A0\u2009\u202F]\d{3})+(?:\.\d+)?(?![\d])/g,
    value: (m) => parseDecimal(m[0].replace(/[\u00A0\u2009\u202F]/g, "")),
  },
];

function fromFigure(f: Figure): SourceNumber {
  const { value, valueMax, ...rest } = f;
  delete rest.inherited;
  const exact = (v: number | string) => (typeof v === "number" ? toDecimalString(decimalOf(v)) : v);
  const out: SourceNumber = { ...rest, value: exact(value) };
  if (valueMax !== undefined) out.valueMax = exact(valueMax);
  return out;
}

/**
 * Read what surrounds an extra form (qualifier, currency, unit) by letting the engine read the
 * same words around a stand-in `1`, then scale its value by the number actually written.
 */
function readExtra(text: string, start: number, end: number, value: Decimal, options: ExtractOptions): SourceNumber {
  const before = text.slice(Math.max(0, start - 24), start);
  const probe = before + "1" + text.slice(end, end + 40);
  const around = extractFigures(probe, 0, options).find((f) => f.start <= before.length && before.length < f.end && typeof f.value === "number");
  const scaled = around ? shift(value, lastPowerOfTen(around.value as number)) : value;
  const s = around ? start - (before.length - around.start) : start;
  const e = around ? end + (around.end - before.length - 1) : end;
  return {
    text: text.slice(s, e), start: s, end: e, kind: around?.kind === "date" || !around ? "count" : around.kind,
    value: toDecimalString(scaled), approx: around?.approx ?? "exact", unit: around?.unit ?? null,
    ...(around?.currency ? { currency: around.currency } : {}),
  };
}

/** The stand-in `1` read with a scale word (`1 billion`) is a power of ten. */
function lastPowerOfTen(v: number): number {
  return v >= 1 ? Math.round(Math.log10(v)) : 0;
}

/** Every number in a source text, in order, with offsets into `text`. */
export function readSourceNumbers(text: string, options: ExtractOptions = {}): SourceNumber[] {
  const extras: SourceNumber[] = [];
  for (const form of EXTRA_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const value = form.value(m as RegExpExecArray);
      if (value && !extras.some((x) => x.start < m.index + m[0].length && m.index < x.end)) {
        extras.push(readExtra(text, m.index, m.index + m[0].length, value, options));
      }
    }
  }
  const figures = extractFigures(text, 0, options)
    .filter((f) => !extras.some((x) => x.start < f.end && f.start < x.end))
    .map(fromFigure);
  return [...figures, ...extras].sort((a, b) => a.start - b.start);
}
