import { describe, expect, it } from "vitest";
import type { Figure } from "../types";
import { extractFigures } from "./extract";

type Row = [input: string, expected: Partial<Figure> | null];

/** Each row: a text and the one figure expected in it (null: none). Bulletins published on 2025-03-18. */
const ROWS: Row[] = [
  // Bounds before the number: 突破, 超, 逾, 过.
  ["粮食总产量突破120万吨", { text: "突破120万吨", value: 1200000, unit: "吨", approx: "more-than", kind: "quantity" }],
  ["全年接待游客超6000万人次", { value: 60000000, unit: "人次", approx: "more-than" }],
  ["参展企业逾千家", { value: 1000, unit: "家", approx: "more-than" }],
  ["日均客流过万", { text: "过万", value: 10000, approx: "more-than" }],
  ["方案已经通过3个部门审核", { text: "3个", value: 3, approx: "exact" }],
  ["超过半数企业恢复生产", { kind: "percent", value: 50, approx: "more-than" }],
  // Bounds after a percentage or a 成 share.
  ["签约率达到85%以上", { text: "85%以上", value: 85, approx: "more-than", kind: "percent" }],
  ["比重为两成以上", { text: "两成以上", value: 20, approx: "more-than", unit: "%" }],
  ["成本上升一成多", { text: "一成多", value: 10, approx: "more-than", kind: "percent" }],
  ["价格上涨15%左右", { value: 15, approx: "about", kind: "percent" }],
  ["失业率降至5%以下", { value: 5, approx: "less-than", kind: "percent" }],
  ["近三成县出现旱情", { text: "近三成", value: 30, approx: "about", kind: "percent" }],
  // English bounds.
  ["The offices employ 300-plus staff.", { text: "300-plus staff", value: 300, approx: "more-than", unit: "staff" }],
  ["Donors have given north of $200 million.", { text: "north of $200 million", value: 200000000, approx: "more-than", currency: "USD" }],
  ["Payrolls numbered just under 30.4 million.", { value: 30400000, approx: "less-than" }],
  ["Each partner sends as many as 40 researchers.", { value: 40, approx: "at-most", unit: "researchers" }],
  ["Upwards of 90,000 redundancies were notified.", { value: 90000, approx: "more-than", unit: "redundancies" }],
  ["The fund lent well over £2 billion.", { value: 2000000000, approx: "more-than", currency: "GBP" }],
  ["Unemployment edged up to 4.3%.", { value: 4.3, approx: "exact", kind: "percent" }],
  ["港口集装箱吞吐量逾800万标箱", { text: "逾800万标箱", value: 8000000, unit: "标箱", approx: "more-than", kind: "quantity" }],
  // A year after `on`, `than` or `versus` is a date, not a count.
  ["Sales were up 9 per cent on 2023.", { text: "2023", kind: "date", value: "2023" }],
  ["Output was higher than 2019, the last normal year.", { text: "2019", kind: "date" }],
  ["Loads of up to 40 tonnes are allowed.", { value: 40, approx: "at-most", unit: "tonnes" }],
  // Compound classifiers and rate units.
  ["起降航班9.8万架次", { text: "9.8万架次", value: 98000, unit: "架次", kind: "count" }],
  ["进出港船舶2.4万艘次", { value: 24000, unit: "艘次" }],
  ["累计检测2.5亿人次", { value: 250000000, unit: "人次" }],
  ["全社会用电量386.2亿千瓦时", { value: 38620000000, unit: "千瓦时", kind: "quantity" }],
  ["年发电量120万千瓦时", { value: 1200000, unit: "千瓦时", kind: "quantity" }],
  ["户用光伏装机5千瓦", { text: "5千瓦", value: 5, unit: "千瓦", kind: "quantity" }],
  ["Incidence fell to 57 cases per 1,000 people at risk.", { text: "57 cases per 1,000 people", value: 57, unit: "per 1,000 people", kind: "quantity" }],
  ["The rate was 12.5 per 100,000.", { text: "12.5 per 100,000", value: 12.5, unit: "per 100,000", kind: "quantity" }],
  ["Debt reached 96.4 per cent of GDP.", { text: "96.4 per cent of GDP", value: 96.4, unit: "% of GDP", kind: "percent" }],
  ["The deficit was 3.1% of gross domestic product.", { value: 3.1, unit: "% of GDP" }],
  ["A 50 MW wind farm opened.", { text: "50 MW", value: 50, unit: "MW", kind: "quantity" }],
  ["The dam holds 1.3 billion cubic metres.", { value: 1300000000, unit: "cubic metres", kind: "quantity" }],
  ["The plant will generate 420 gigawatt hours.", { value: 420, unit: "gigawatt hours", kind: "quantity" }],
  // Words for numbers.
  ["More than half a million workers were trained.", { value: 500000, approx: "more-than", unit: "workers" }],
  ["It protects a quarter of a million people.", { text: "a quarter of a million people", value: 250000, unit: "people" }],
  ["Three quarters of a million tests were run.", { value: 750000, unit: "tests" }],
  ["A quarter of households were affected.", { text: "A quarter", value: 25, kind: "percent" }],
  ["Roughly one in five claimants is over 50.", { text: "Roughly one in five", value: 20, approx: "about", kind: "percent" }],
  ["Nine out of ten schools reopened.", { value: 90, kind: "percent" }],
  ["A dozen clinics closed.", { value: 12, unit: "clinics" }],
  ["Dozens of local firms supplied the site.", { text: "Dozens of local firms", value: 12, approx: "more-than", unit: "firms", vague: true }],
  ["Hundreds of families lost their homes.", { value: 100, approx: "more-than", unit: "families", vague: true }],
  ["Tens of thousands of homes lost power.", { value: 10000, approx: "more-than", unit: "homes", vague: true }],
  ["有数十个县出现旱情", { text: "数十个", value: 10, approx: "more-than", vague: true }],
  ["上千家企业参与", { text: "上千家", value: 1000, approx: "more-than", vague: true }],
  ["出生率为千分之七点二", { text: "千分之七点二", value: 7.2, unit: "‰", kind: "percent" }],
  ["误差不超过万分之三", { value: 3, unit: "‱", kind: "percent" }],
  ["两成企业扩大了投资", { text: "两成", value: 20, kind: "percent" }],
  ["劳动力中将近一半超过60岁", { text: "将近一半", value: 50, approx: "about", kind: "percent" }],
  // Periods of the bulletin's year.
  ["一季度地区生产总值增长", { text: "一季度", kind: "date-range", value: "2024-01", valueMax: "2024-03" }],
  ["今年一季度降水偏少", { text: "一季度", value: "2025-01", valueMax: "2025-03" }],
  ["上半年客流回升", { kind: "date-range", value: "2024-01", valueMax: "2024-06" }],
  ["前三季度投资增长", { kind: "date-range", value: "2024-01", valueMax: "2024-09" }],
  ["2023年第四季度出口回落", { kind: "date-range", value: "2023-10", valueMax: "2023-12" }],
  ["去年下半年物价平稳", { text: "下半年", value: "2024-07", valueMax: "2024-12" }],
  ["7月中旬物资运抵", { text: "7月中旬", kind: "date-range", value: "2025-07-11", valueMax: "2025-07-20" }],
  ["Output grew in the first quarter of 2024.", { text: "first quarter of 2024", kind: "date-range", value: "2024-01", valueMax: "2024-03" }],
  ["Prices rose in Q3 2023.", { kind: "date-range", value: "2023-07", valueMax: "2023-09" }],
  ["Covering 10–16 June 2024", { kind: "date-range", value: "2024-06-10", valueMax: "2024-06-16" }],
  ["Labour market, January to March 2025", { kind: "date-range", value: "2025-01", valueMax: "2025-03" }],
  // Table values and what is no figure.
  ["Average stay        5.8        -0.3", null],
  ["Media contact: +41 22 555 0100", null],
  ["一年之计在于春", null],
  ["第一，充分肯定成绩。", null],
  ["It rose for the first time since 2021.", { kind: "date", value: "2021" }],
  ["Infant mortality per 1,000 births", null],
  ["The workforce grew by 1,150 to 41,300 full-time equivalents.", { text: "1,150", value: 1150 }],
];

describe("figures, second round: bounds, rate units, words for numbers, periods", () => {
  it("has enough rows to mean something", () => expect(ROWS.length).toBeGreaterThanOrEqual(60));

  it.each(ROWS)("%s", (input, expected) => {
    const figures = extractFigures(input, 0, { publishedOn: "2025-03-18" });
    if (expected === null) {
      // Only the table's values are figures there; the label, the telephone number and the idiom are not.
      expect(figures.filter((f) => !/^-?\d+(?:\.\d+)?$/.test(f.text))).toEqual([]);
      return;
    }
    const match = figures.find((f) => (expected.text ? f.text === expected.text : true) && (expected.kind ? f.kind === expected.kind : true));
    expect(match, JSON.stringify(figures)).toBeDefined();
    expect(match).toMatchObject(expected);
    for (const f of figures) expect(input.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads `by X to Y` as a change, not a range", () => {
    expect(extractFigures("The workforce grew by 1,150 to 41,300 full-time equivalents.").map((f) => [f.value, f.valueMax ?? null, f.unit])).toEqual([
      [1150, null, null],
      [41300, null, "equivalents"],
    ]);
  });

  it("reads a signed table value as a negative number", () => {
    const values = extractFigures("Beds     6,420     6,380     -0.6%").map((f) => [f.text, f.value]);
    expect(values).toEqual([["6,420", 6420], ["6,380", 6380], ["-0.6%", -0.6]]);
  });
});
