import { describe, expect, it } from "vitest";
import { extractFigures } from "../../engine";
import { checkFigureAgainstSources } from "../match-figure";
import { cellFragment, parseCellFragment } from "./fragment";
import { matchFigureInTable, prepareTable } from "./match-cell";
import type { TableGrid } from "./model";
import { readTable } from "./read-table";

const csv = (text: string): TableGrid => ({ format: "csv", sheets: [{ name: "t", rows: text.trim().split("\n").map((l) => l.split(",").map((v) => (v === "" ? null : v))) }] });
const figureOf = (claim: string) => extractFigures(claim, 0).find((f) => f.kind !== "date")!;
const check = (claim: string, grid: TableGrid) => matchFigureInTable(figureOf(claim), claim, readTable(grid));

// The same digits under several headers: the year, the unit and the noun decide which cell states the claim.
const GRAIN = csv([
  "指标,2021年,2022年,2023年",
  "粮食产量(万吨),68285,68653,69541",
  "播种面积(千公顷),117631,118332,69541",
  "棉花产量(万吨),573,598,562",
  "油料产量(万吨),3613,3654,69541",
].join("\n"));

describe("matchFigureInTable", () => {
  it("chooses the cell of the claim's noun, year and unit, converting 万吨 to 亿吨, and shows its header path", () => {
    const m = check("2023年全国粮食产量6.95亿吨。", GRAIN);
    expect(m.result).toBe("within-rounding");
    expect(m.cell).toMatchObject({ row: 2, col: 4, fragment: "cell=2,4", path: "2023年 · 粮食产量(万吨) · 69541" });
    expect(m.flags).not.toContain("noun-unconfirmed");
  });

  it("does not take another row's cell with the same digits, nor another year's", () => {
    expect(check("2023年全国油料产量69541万吨。", GRAIN).cell).toMatchObject({ row: 5, col: 4 });
    expect(check("2022年全国粮食产量68653万吨。", GRAIN)).toMatchObject({ result: "matches", cell: { row: 2, col: 3 } });
    const wrongYear = check("2022年全国粮食产量69541万吨。", GRAIN);
    expect(wrongYear).toMatchObject({ result: "differs", cell: { row: 2, col: 3 } });
  });

  it("finds nothing for a year the table does not cover, or in a unit that cannot state the figure", () => {
    const missing = check("2024年全国粮食产量7.06亿吨。", GRAIN);
    expect(missing.result).toBe("not-found");
    expect(missing.reason).toMatch(/2024.*2021, 2022, 2023/);
    expect(check("2023年粮食播种面积69541万元。", GRAIN).result).toBe("not-found");
  });

  it("reads a unit in the title and a merged year header", () => {
    const grid = csv("各地区粮食产量\n单位:万吨\n地区,2023年,,2022年,\n,夏粮,秋粮,夏粮,秋粮\n河南,3550,3074,3813,2976\n山东,2773,2883,2725,2858");
    const m = check("2023年河南秋粮产量3074万吨。", grid);
    expect(m).toMatchObject({ result: "matches", cell: { row: 5, col: 3, path: "2023年 · 秋粮 · 河南 · 3074" } });
    expect(check("2022年山东秋粮产量约2860万吨。", grid)).toMatchObject({ result: "within-rounding", cell: { row: 6, col: 5 } });
  });

  it("reads English tables in millions", () => {
    const grid = csv("Exports (US$ million),2023,2024\nGoods,3380,3577\nServices,381,410");
    expect(check("Goods exports reached $3.58 billion in 2024.", grid)).toMatchObject({ result: "within-rounding", cell: { row: 2, col: 3 } });
  });

  it("offsets point at the cell in the snapshot text, so quotes anchor as in any source", () => {
    const table = readTable(GRAIN);
    const m = matchFigureInTable(figureOf("2021年棉花产量573万吨"), "2021年棉花产量573万吨", prepareTable(table));
    expect(table.text.slice(m.start, m.end)).toBe("573");
    expect(m.passage).toEqual({ start: m.start, end: m.end });
  });

  it("is used by checkFigureAgainstSources for a source with a table; sources without one read as text", () => {
    const table = readTable(GRAIN);
    const claim = "2023年全国粮食产量6.95亿吨。";
    const both = checkFigureAgainstSources(figureOf(claim), claim, [{ id: "text", text: "今年天气很好。" }, { id: "table", text: table.text, table }]);
    expect(both).toMatchObject({ sourceId: "table", cell: { fragment: "cell=2,4" } });
    expect(checkFigureAgainstSources(figureOf(claim), claim, [{ id: "plain", text: table.text }]).cell).toBeUndefined();
  });
});

describe("cell fragments", () => {
  it("names a CSV cell as RFC 7111 does and an XLSX cell by sheet and A1 reference, and reads them back", () => {
    expect(cellFragment("csv", { sheet: "t", row: 7, col: 2 })).toBe("cell=7,2");
    expect(cellFragment("xlsx", { sheet: "粮食 产量", row: 7, col: 28 })).toBe("sheet=%E7%B2%AE%E9%A3%9F%20%E4%BA%A7%E9%87%8F&cell=AB7");
    expect(parseCellFragment("#sheet=%E7%B2%AE%E9%A3%9F%20%E4%BA%A7%E9%87%8F&cell=AB7")).toEqual({ sheet: "粮食 产量", row: 7, col: 28 });
    expect(parseCellFragment("cell=7,2")).toEqual({ row: 7, col: 2 });
    expect(parseCellFragment("row=3")).toBeNull();
  });
});
