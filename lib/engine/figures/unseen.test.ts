import { describe, expect, it } from "vitest";
import { extractFigures } from "./extract";

const figures = (text: string) => extractFigures(text, 0, { publishedOn: "2020-04-27" });
const one = (text: string) => {
  const all = figures(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("figures a fact-checker reads in unseen bulletins", () => {
  it("reads `for 2024` as a year but `for 2000 people` as a count", () => {
    expect(one("The budget for 2024 was approved.")).toMatchObject({ kind: "date", value: "2024" });
    expect(one("Aid was set aside for 2000 people.")).toMatchObject({ kind: "count", value: 2000, unit: "people" });
  });

  it("leaves numbers that label a thing (Ward 1, Article 5) out, and takes no verb as a unit", () => {
    expect(one("Ward 1 repaired 2000 street lamps.")).toMatchObject({ value: 2000, unit: "lamps" });
    expect(one("Under Article 5, 300 homes were rebuilt.")).toMatchObject({ value: 300, unit: "homes" });
    expect(figures("Inspectors checked 40 sites and 12 repaired roofs.").map((f) => f.unit)).toEqual(["sites", "roofs"]);
  });

  it("reads per mille as a share and the economy's sectors as names", () => {
    expect(one("出生率为7.6‰。")).toMatchObject({ kind: "percent", value: 7.6, unit: "‰" });
    expect(one("第二产业增加值4860亿元。")).toMatchObject({ kind: "money", value: 486000000000 });
  });

  it("takes `9 to 4` for two numbers, not a range that falls", () => {
    const all = figures("The council voted 9 to 4 in favour.");
    expect(all.map((f) => f.value)).toEqual([9, 4]);
    expect(all.every((f) => f.valueMax === undefined)).toBe(true);
    expect(one("Between 3 to 5 days of rain are expected.")).toMatchObject({ value: 3, valueMax: 5 });
  });

  it("gives a sum of money no counted noun", () => {
    expect(one("a $3.5 billion relief package")).toMatchObject({ text: "$3.5 billion", kind: "money", value: 3500000000, currency: "USD" });
  });

  it("takes the head noun as the unit of an English count", () => {
    expect(one("more than 200 community lenders")).toMatchObject({ text: "more than 200 community lenders", unit: "lenders", approx: "more-than" });
    expect(one("300 police officers")).toMatchObject({ unit: "officers" });
    expect(one("1.2 million people across the country")).toMatchObject({ text: "1.2 million people", unit: "people" });
  });

  it("reads `between X and Y` as a range", () => {
    expect(one("between 10 and 15 percent")).toMatchObject({ kind: "percent", value: 10, valueMax: 15, unit: "%" });
  });

  it("reads month ranges of cumulative statistics as date ranges", () => {
    expect(one("1-4月,全市规模以上工业增加值")).toMatchObject({ text: "1-4月", kind: "date-range", value: "2020-01", valueMax: "2020-04" });
    expect(one("2020年1至4月份")).toMatchObject({ kind: "date-range", value: "2020-01", valueMax: "2020-04" });
  });

  it("reads fractions as shares", () => {
    expect(one("约占三分之一")).toMatchObject({ text: "三分之一", kind: "percent", value: 33.33, approx: "about" });
    expect(one("五分之二的病例")).toMatchObject({ value: 40, approx: "exact" });
    expect(one("two-thirds of patients")).toMatchObject({ text: "two-thirds", kind: "percent", value: 66.67 });
    expect(one("a third of the beds")).toMatchObject({ kind: "percent", value: 33.33 });
  });

  it("reads 百余, 逾百万 and 数十万 with their approximation", () => {
    expect(one("百余家企业")).toMatchObject({ text: "百余家", value: 100, approx: "more-than", unit: "家" });
    expect(one("逾百万人")).toMatchObject({ value: 1000000, approx: "more-than", unit: "人" });
    expect(one("数十万人")).toMatchObject({ text: "数十万人", value: 100000, approx: "more-than" });
    expect(figures("百万富翁")).toEqual([]);
  });

  it("does not count clock times", () => {
    expect(figures("10时30分召开会议")).toEqual([]);
    expect(figures("截至8时许")).toEqual([]);
  });

  it("reads full-width digits in an edited claim without moving offsets", () => {
    const f = one("共投资１２３４亿元");
    expect(f).toMatchObject({ text: "１２３４亿元", start: 3, value: 123400000000, currency: "CNY" });
    expect(one("工期延误３至５天")).toMatchObject({ value: 3, valueMax: 5, unit: "天" });
  });
});
