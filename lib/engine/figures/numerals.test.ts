import { describe, expect, it } from "vitest";
import { parseDecimal, toNumber } from "./decimal";
import { parseChineseNumber, parseEnglishNumber } from "./numerals";

const zh = (s: string) => {
  const d = parseChineseNumber(s);
  return d ? toNumber(d) : null;
};

describe("parseChineseNumber", () => {
  it.each([
    ["1.14亿", 114000000], ["223亿", 22300000000], ["4.18万", 41800], ["两百", 200], ["三千", 3000], ["十五", 15],
    ["二十", 20], ["一万二", 12000], ["三千五", 3500], ["一百零五", 105], ["1万亿", 1e12], ["三亿五千万", 350000000],
    ["二〇二〇", 2020], ["三点五", 3.5], ["0.1", 0.1], ["1,234", 1234], ["贰佰伍拾", 250],
  ])("%s → %d", (s, v) => expect(zh(s)).toBe(v));

  it.each(["", "亿", "万", "三四", "1.2.3", "十十"])("rejects %j", (s) => expect(zh(s)).toBeNull());

  it("is exact where floats are not", () => {
    expect(1.14 * 1e8).not.toBe(114000000);
    expect(zh("1.14亿")).toBe(114000000);
    expect(zh("0.07万")).toBe(700);
  });
});

describe("parseEnglishNumber", () => {
  it.each([["two hundred", 200], ["forty-five", 45], ["1.2 million", 1200000], ["three million two hundred thousand", 3200000], ["one hundred and five", 105]])(
    "%s → %d",
    (s, v) => expect(toNumber(parseEnglishNumber(s)!)).toBe(v),
  );
});

describe("parseDecimal", () => {
  it("keeps decimals exact", () => {
    expect(parseDecimal("1.10")).toEqual({ n: 11n, s: 1 });
    expect(parseDecimal("abc")).toBeNull();
  });
});
