import { describe, expect, it } from "vitest";
import { isTotal, periodOf, unitOf } from "./headers";
import type { TableGrid } from "./model";
import { readTable } from "./read-table";

const csv = (text: string, name = "t"): TableGrid => ({
  format: "csv",
  sheets: [{ name, rows: text.trim().split("\n").map((line) => line.split(",").map((v) => (v.trim() === "" ? null : v))) }],
});
const cell = (t: ReturnType<typeof readTable>, row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);

describe("readTable", () => {
  it("reads a year header row, a unit in the row header, and keeps every cell at its offsets in the text", () => {
    const t = readTable(csv("指标,2022年,2023年\n粮食产量(万吨),68653,69541\n播种面积(千公顷),118332,118969"));
    expect(t.text).toBe("指标\t2022年\t2023年\n粮食产量(万吨)\t68653\t69541\n播种面积(千公顷)\t118332\t118969");
    expect(t.cells).toHaveLength(4);
    expect(cell(t, 2, 3)).toMatchObject({ value: "69541", unit: "万吨", period: "2023", rowHeaders: ["粮食产量(万吨)"], colHeaders: ["2023年"] });
    expect(cell(t, 3, 2)).toMatchObject({ unit: "千公顷", period: "2022" });
    for (const c of t.cells) expect(t.text.slice(c.start, c.end)).toBe(c.text);
  });

  it("takes a unit from a title row and a merged header left empty after its first cell", () => {
    const t = readTable(csv("2023年各地区粮食产量\n单位:万吨\n地区,2023年,,2022年,\n,夏粮,秋粮,夏粮,秋粮\n河南,3550,3074,3813,2976\n山东,2773,2883,2725,2858"));
    expect(t.sheets[0].title).toEqual(["2023年各地区粮食产量", "单位:万吨"]);
    expect(t.sheets[0].headerRows).toEqual([3, 4]);
    expect(cell(t, 5, 3)).toMatchObject({ value: "3074", unit: "万吨", period: "2023", colHeaders: ["2023年", "秋粮"], rowHeaders: ["河南"] });
    expect(cell(t, 6, 5)).toMatchObject({ value: "2858", period: "2022", colHeaders: ["2022年", "秋粮"], rowHeaders: ["山东"] });
  });

  it("does not let a merged header run past its parent", () => {
    const t = readTable(csv("项目,收入,,支出\n,城镇,农村,\n全年,51821,21691,26796"));
    expect(cell(t, 3, 4)?.colHeaders).toEqual(["支出"]);
    expect(cell(t, 3, 3)?.colHeaders).toEqual(["收入", "农村"]);
  });

  it("skips empty cells and dashes, and reads row headers merged down and totals", () => {
    const t = readTable(csv("地区,省份,产量\n东部,江苏,3797\n,山东,—\n,,\n西部,四川,3594\n合计,,7391"));
    expect(t.cells.map((c) => c.value)).toEqual(["3797", "3594", "7391"]);
    expect(cell(t, 5, 3)?.rowHeaders).toEqual(["西部", "四川"]);
    expect(cell(t, 6, 3)).toMatchObject({ total: true, rowHeaders: ["合计"] });
    for (const c of t.cells) expect(t.text.slice(c.start, c.end)).toBe(c.text);
  });

  it("reads a unit column, English units and percentages", () => {
    const t = readTable(csv("Indicator,Unit,2023\nGDP,billion yuan,1260582\nGrowth,%,5.2"));
    expect(cell(t, 2, 3)).toMatchObject({ unit: "billion yuan", period: "2023", rowHeaders: ["GDP"] });
    expect(cell(t, 3, 3)).toMatchObject({ percent: true, unit: "%" });
    const m = readTable(csv("Exports (in millions),Q1 2024,Q2 2024\nGoods,1204,1310"));
    expect(cell(m, 2, 3)?.unit).toBe("millions");
  });

  it("renders several sheets under their names with offsets that hold", () => {
    const grid: TableGrid = { format: "xlsx", sheets: [{ name: "产量", rows: [["年份", "产量"], ["2023", "69541"]] }, { name: "面积", rows: [["年份", "面积"], ["2023", "118969"], []] }] };
    const t = readTable(grid);
    expect(t.text).toBe("# 产量\n年份\t产量\n2023\t69541\n\n# 面积\n年份\t面积\n2023\t118969");
    expect(t.cells.map((c) => [c.sheet, c.period, c.value])).toEqual([["产量", "2023", "69541"], ["面积", "2023", "118969"]]);
    for (const c of t.cells) expect(t.text.slice(c.start, c.end)).toBe(c.text);
  });

  it("reads a value that looks like a year in the data as a value, and a column of years as row headers", () => {
    const t = readTable(csv("指标,2022年,2023年\n糖料出口量(万吨),2010,1985\n粮食产量(万吨),68653,69541"));
    expect(cell(t, 2, 3)).toMatchObject({ value: "1985", period: "2023", rowHeaders: ["糖料出口量(万吨)"] });
    const byYear = readTable(csv("年份,粮食产量(万吨)\n2022,68653\n2023,69541"));
    expect(byYear.cells.map((c) => [c.period, c.value])).toEqual([["2022", "68653"], ["2023", "69541"]]);
  });

  it("finds no number cells in a table of words", () => {
    expect(readTable(csv("name,role\nAda,engineer")).cells).toEqual([]);
  });
});

describe("headers", () => {
  it.each([
    ["粮食产量(万吨)", "万吨"], ["单位：亿元", "亿元"], ["地区生产总值（亿元）", "亿元"], ["Revenue in millions", "millions"],
    ["Unit: 10,000 tonnes", "10,000 tonnes"], ["产量(2023)", undefined], ["产量", undefined],
  ])("unit of %s", (header, unit) => expect(unitOf(header)).toBe(unit));
  it.each([["全国", true], ["全国（万吨）", true], ["Total", true], ["本省合计", true], ["全国人大", false], ["Totally", false], ["河南", false]])("%s is a total: %s", (h, total) => expect(isTotal(h)).toBe(total));
  it.each([["2023年", "2023"], ["2024年5月", "2024-05"], ["Q2 2024", "2024"], ["2024年第二季度", "2024-Q2"], ["指标", undefined]])("period of %s", (h, p) => expect(periodOf(h)).toBe(p));
});
