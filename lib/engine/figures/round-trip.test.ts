import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSourceNumbers } from "../../evidence/numbers";
import { shift, toDecimalString, toNumber, type Decimal } from "./decimal";
import { extractFigures } from "./extract";
import { parseChineseNumber } from "./numerals";

// Property round trips: an exact value written the ways bulletins and sources write it, read back.

type Style = { financial: boolean; liang: boolean; bareTen: boolean; traditionalUnits: boolean };

const DIGITS = "零一二三四五六七八九";
const FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

/** 1–9999 in Chinese numerals: 零 once for each run of zeros between digits. */
function section(v: number, style: Style): string {
  const digits = style.financial ? FINANCIAL_DIGITS : DIGITS;
  const units = style.financial ? ["", "拾", "佰", "仟"] : ["", "十", "百", "千"];
  let out = "";
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(v / 10 ** place) % 10;
    if (d === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += digits[0];
    out += digits[d] + units[place];
    zero = false;
  }
  return out;
}

/** A positive integer below 10^16 in standard Chinese numerals (万 and 亿 sections, 零 for gaps). */
function chinese(v: bigint, style: Style): string {
  const [wan, yi] = style.traditionalUnits ? ["萬", "億"] : ["万", "亿"];
  const write = (x: bigint): string => {
    if (x >= 100_000_000n) {
      const low = x % 100_000_000n;
      return write(x / 100_000_000n) + yi + (low === 0n ? "" : (low < 10_000_000n ? "零" : "") + write(low));
    }
    if (x >= 10_000n) {
      const low = Number(x % 10_000n);
      return section(Number(x / 10_000n), style) + wan + (low === 0 ? "" : (low < 1000 ? "零" : "") + section(low, style));
    }
    return section(Number(x), style);
  };
  let text = write(v);
  if (style.bareTen && !style.financial) text = text.replace(/^一十/, "十");
  // 两 for 2 before a hundred, thousand, 万 or 亿, as in 两千 and 两亿.
  if (style.liang && !style.financial) text = text.replace(/二(?=[百千万亿萬億])/g, "两");
  return text.replaceAll("零零", "零");
}

/** The canonical exact string: trailing zeros of the fraction dropped (shift by 0 normalises). */
const exact = (d: Decimal) => toDecimalString(shift(d, 0));

/** Arabic digits, with thousands separators or not. */
function arabic(d: Decimal, grouped: boolean): string {
  const [whole, fraction] = toDecimalString(d).split(".");
  const digits = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return fraction ? `${digits}.${fraction}` : digits;
}

const styles = (traditionalUnits: fc.Arbitrary<boolean>) => fc.record({ financial: fc.boolean(), liang: fc.boolean(), bareTen: fc.boolean(), traditionalUnits });
/** A decimal n / 10^s with up to four places, as bulletins write before 万 and 亿 (`1.14亿`). */
const decimal = fc.record({ n: fc.bigInt({ min: 1n, max: 99_999_999n }), s: fc.integer({ min: 0, max: 4 }) }).map((d): Decimal => d);
const magnitude = fc.constantFrom({ unit: "万", k: 4 }, { unit: "亿", k: 8 }, { unit: "万亿", k: 12 });

/**
 * Every written form with the exact value it stands for. Text the engine reads is cleaned first,
 * so it sees simplified 万 and 亿 only; a lone 一 is never a figure (一线, 进一步).
 */
const writtenForms = ({ cleaned }: { cleaned: boolean }) => fc.oneof(
  fc.tuple(fc.bigInt({ min: cleaned ? 2n : 1n, max: 9_999_999_999_999_999n }), styles(cleaned ? fc.constant(false) : fc.boolean())).map(([v, s]) => ({
    text: chinese(v, s),
    value: { n: v, s: 0 } as Decimal,
  })),
  fc.tuple(decimal, magnitude, fc.boolean()).map(([d, m, grouped]) => ({ text: arabic(d, grouped) + m.unit, value: shift(d, m.k) })),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })).map(([yi, wan]) => ({
    text: `${yi}亿${wan}万`,
    value: { n: BigInt(yi) * 100_000_000n + BigInt(wan) * 10_000n, s: 0 } as Decimal,
  })),
  fc.tuple(decimal, fc.boolean()).map(([d, grouped]) => ({ text: arabic(d, grouped), value: d })),
);

describe("number round trips", () => {
  it("writes values as bulletins do in Chinese numerals", () => {
    const plain: Style = { financial: false, liang: false, bareTen: false, traditionalUnits: false };
    expect(chinese(10_050n, plain)).toBe("一万零五十");
    expect(chinese(100_000_005n, plain)).toBe("一亿零五");
    expect(chinese(2_345_600_000_000n, { ...plain, liang: true })).toBe("两万三千四百五十六亿");
    expect(chinese(15n, { ...plain, bareTen: true })).toBe("十五");
    expect(chinese(250n, { ...plain, financial: true })).toBe("贰佰伍拾");
    expect(arabic({ n: 114n, s: 2 }, true) + "亿").toBe("1.14亿");
  });

  it("parseChineseNumber reads every form back to the exact value", () => {
    fc.assert(
      fc.property(writtenForms({ cleaned: false }), ({ text, value }) => {
        const parsed = parseChineseNumber(text);
        expect(parsed, text).not.toBeNull();
        expect(toDecimalString(parsed!), text).toBe(exact(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("the figure extractor finds the whole number in a sentence, with its value", () => {
    fc.assert(
      fc.property(writtenForms({ cleaned: true }).filter(({ value }) => value.n < 2n ** 53n), ({ text, value }) => {
        const sentence = `全市共完成${text}件。`;
        const figures = extractFigures(sentence);
        expect(figures.map((f) => f.text), sentence).toEqual([`${text}件`]);
        expect(figures[0].value, sentence).toBe(toNumber(value));
      }),
      { numRuns: 1000 },
    );
  });

  it("the evidence reader gives the exact decimal a source states", () => {
    fc.assert(
      fc.property(writtenForms({ cleaned: true }).filter(({ value }) => toNumber(value) <= Number.MAX_SAFE_INTEGER), ({ text, value }) => {
        const source = `据统计，全年完成${text}件，同比持平。`;
        const numbers = readSourceNumbers(source);
        expect(numbers.map((n) => n.value), source).toEqual([exact(value)]);
      }),
      { numRuns: 1000 },
    );
  });
});
