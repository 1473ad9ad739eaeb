import { describe, expect, it } from "vitest";
import { readSourceNumbers } from "./numbers";

const read = (text: string) => readSourceNumbers(text).map((n) => [n.text, n.kind, n.value, n.unit ?? null]);

describe("readSourceNumbers", () => {
  it.each([
    ["Output reached 2.23e10 masks.", ["2.23e10 masks", "count", "22300000000", "masks"]],
    ["Output reached 2.23E+10 masks.", ["2.23E+10 masks", "count", "22300000000", "masks"]],
    ["Output reached 2.23×10^10 masks.", ["2.23×10^10 masks", "count", "22300000000", "masks"]],
    ["Output reached about 2.23 × 10¹⁰ masks.", ["about 2.23 × 10¹⁰ masks", "count", "22300000000", "masks"]],
    ["产量为2.23×10^10只。", ["2.23×10^10只", "count", "22300000000", "只"]],
    ["A grant of $1.5e6 was paid.", ["$1.5e6", "money", "1500000", "$"]],
    ["Output reached 22\u202F300\u202F000\u202F000 masks.", ["22\u202F300\u202F000\u202F000 masks", "count", "22300000000", "masks"]],
    ["Reserves fell to 1.25e-3 percent.", ["1.25e-3 percent", "percent", "0.00125", "%"]],
  ])("reads %s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("keeps what the engine reads, with exact decimal strings", () => {
    expect(read("共生产口罩22,300,000,000只，另有223.4亿只库存，合计1.14亿元。")).toEqual([
      ["22,300,000,000只", "count", "22300000000", "只"],
      ["223.4亿只", "count", "22340000000", "只"],
      ["1.14亿元", "money", "114000000", "元"],
    ]);
  });

  it("reads a year-like product as a number, not as the year 10", () => {
    expect(read("In 2020 output was 3×10^4 tonnes.").map((r) => r[2])).toContain("30000");
    expect(read("In 2020 output was 3×10^4 tonnes.").map((r) => r[2])).not.toContain("10");
  });
});
