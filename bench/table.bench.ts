/**
 * npm run bench:table: checking figures against a statistics table (read once, cells chosen by
 * period, noun and unit) beside checking them against the same table's rendered text as plain
 * text, in the same run, alternating rounds; each figure is the median of its rounds.
 * A table of 60 indicators × 30 years (1,800 number cells, the size of a yearbook sheet) and 300
 * figures naming an indicator, a year and a value in another scale (亿吨 against 万吨).
 */
import { extractFigures, type Figure } from "@/lib/engine";
import { matchFigure, matchFigureInTable, prepareSource, prepareTable, readTable, type TableGrid } from "@/lib/evidence";

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const NOUNS = ["粮食", "油料", "棉花", "糖料", "蔬菜", "水果", "肉类", "禽蛋", "牛奶", "水产品"];
const KINDS = ["产量", "销量", "库存", "进口量", "出口量", "消费量"];
const years = Array.from({ length: 30 }, (_, i) => 1995 + i);
const rows = NOUNS.flatMap((n) => KINDS.map((k) => `${n}${k}`));
const value = (r: number, y: number) => 1000 + ((r * 7919 + y * 104729) % 90000);
const grid: TableGrid = {
  format: "csv",
  sheets: [{ name: "年鉴", rows: [["主要农产品（单位：万吨）"], ["指标", ...years.map((y) => `${y}年`)], ...rows.map((name, r) => [name, ...years.map((y) => String(value(r, y)))])] }],
};

const claims = Array.from({ length: 300 }, (_, i) => {
  const r = (i * 13) % rows.length;
  const y = years[(i * 7) % years.length];
  const text = `${y}年全国${rows[r]}${(value(r, y) / 10000).toFixed(2)}亿吨。`;
  return { text, figure: extractFigures(text, 0).find((f) => f.kind !== "date") as Figure, row: r + 3, col: years.indexOf(y) + 2 };
});

const tableRounds: number[] = [];
const textRounds: number[] = [];
let chosen = 0;
for (let round = 0; round < 7; round++) {
  let t = performance.now();
  const table = prepareTable(readTable(grid));
  chosen = 0;
  for (const c of claims) {
    const m = matchFigureInTable(c.figure, c.text, table);
    if (m.result === "within-rounding" && m.cell?.row === c.row && m.cell.col === c.col) chosen++;
    else if (round === 0) console.log(`missed: ${c.text} → ${m.result} ${m.cell?.path ?? ""}`);
  }
  tableRounds.push(performance.now() - t);
  t = performance.now();
  const text = prepareSource(readTable(grid).text);
  for (const c of claims) matchFigure(c.figure, c.text, text);
  textRounds.push(performance.now() - t);
}
const [a, b] = [median(tableRounds), median(textRounds)];
console.log(`table: ${claims.length} figures against ${rows.length * years.length} cells in ${a.toFixed(0)} ms (read once + choose), ${chosen} within rounding of the right cell (row and year)`);
console.log(`text baseline: the same figures against the rendered text in ${b.toFixed(0)} ms`);
console.log(`ratio table / text: ${(a / b).toFixed(2)}×`);
