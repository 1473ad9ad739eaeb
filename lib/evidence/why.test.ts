import { describe, expect, it } from "vitest";
import { extractFigures } from "../engine";
import { readTable } from "./table/read-table";
import { matchFigure } from "./match-figure";
import { matchFigureInTable } from "./table/match-cell";
import { reasonText, type Reason } from "./why";

const OPTIONS = { publishedOn: "2024-06-30" };

function match(claim: string, hint: string, source: string) {
  const figure = extractFigures(claim, 0, OPTIONS).find((f) => f.text.includes(hint))!;
  return matchFigure(figure, claim, source, OPTIONS);
}

// English words left in a Chinese reason, outside the quoted source text and unit codes.
const englishIn = (zh: string) => zh.replace(/“[^”]*”|"[^"]*"/g, "").match(/[A-Za-z]{3,}/g) ?? [];

describe("a proposal's reason in the reader's language", () => {
  it("words each decision in Chinese and in English, the English as the matcher's reason", () => {
    const cases: [claim: string, hint: string, source: string, zh: string][] = [
      ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩223.4亿只。", "声明为约22,300,000,000，可表示[22,250,000,000, 22,350,000,000)；来源为22,340,000,000（“223.4亿只”）"],
      ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩225亿只。", "声明为约22,300,000,000，来源数字不在[22,250,000,000, 22,350,000,000)之内；来源为22,500,000,000（“225亿只”）"],
      ["全区新建公园8座。", "8座", "全区新建公园8座。", "数值相同：8；来源为8（“8座”）"],
      ["全区新建公园8座。", "8座", "全区共有医生200名。", "来源中没有与“8座”（8）统计同一对象的数量"],
    ];
    for (const [claim, hint, source, zh] of cases) {
      const m = match(claim, hint, source);
      expect(reasonText(m.why, "zh"), claim + source).toBe(zh);
      expect(reasonText(m.why, "en")).toBe(m.reason);
    }
  });

  it("words the notes after the reason: a converted unit, a noun found through the glossary", () => {
    const m = match("粮食产量1200万吨。", "1200万", "Grain output reached 12 billion kg.");
    expect(m.reason).toMatch(/ \(converted .* from kg to t; the claim's noun was found .* \(grain\)\)$/);
    expect(reasonText(m.why, "zh")).toMatch(/（已将“?12 billion kg”?从kg换算为t；借助词汇表在来源语言中找到了声明的名词（grain））$/);
  });

  it("a table's refusals read in Chinese too", () => {
    const table = readTable({ format: "csv", sheets: [{ name: "t", rows: [["指标", "2022年"], ["粮食产量(万吨)", "68653"]] }] });
    const claim = "2023年粮食产量约6.95亿吨。";
    const figure = extractFigures(claim, 0, OPTIONS).find((f) => f.text.includes("6.95"))!;
    const m = matchFigureInTable(figure, claim, table, OPTIONS);
    expect(m.reason).toBe("The table has no cells for 2023 (it covers 2022)");
    expect(reasonText(m.why, "zh")).toBe("表格中没有2023的单元格（表格涵盖2022）");
  });

  it("leaves no English in any Chinese reason", () => {
    const span = { lo: "1", hi: "2", loOpen: false, hiOpen: true };
    const said = { value: "3", approx: "about" as const, text: "约3" };
    const claim = { approx: "more-than" as const, value: "1" };
    const reasons: Reason[] = [
      { key: "currency", claimCurrency: "元", sourceCurrency: "美元", said },
      { key: "same", what: "range", claim: { ...claim, max: "2" }, said },
      { key: "covers", claim, span: { lo: "1", loOpen: true, hiOpen: false }, said },
      { key: "outside", claim, span: { hi: "2", loOpen: false, hiOpen: false }, said },
      { key: "bound-inside", source: span, claim: span, said },
      { key: "bound-excludes", source: span, claim: span, said },
      { key: "bound-only", source: { loOpen: false, hiOpen: false }, claim: span, said },
      { key: "same-date", range: true, said },
      { key: "date-differs", claim: "2024-01-01", said },
      { key: "percent-vs-points", claimPoints: true, sourcePoints: false, text: "5%" },
      { key: "no-same-thing", kind: "money", text: "3亿元", value: "300000000" },
      { key: "none-comparable", kind: "percent", text: "5%", value: "5" },
      { key: "no-sources" },
      { key: "table-no-numbers" },
      { key: "table-no-period", period: "2023", periods: "2021, 2022" },
      { key: "same", what: "value", claim, said, notes: [{ key: "converted", text: "5 kg", from: "kg", to: "t" }, { key: "glossary", concept: "grain" }, { key: "noun-unknown" }] },
    ];
    for (const reason of reasons) {
      const zh = reasonText(reason, "zh").replace("grain", "").replace(/kg|t\b/g, "");
      expect(englishIn(zh), zh).toEqual([]);
      expect(reasonText(reason, "en")).toMatch(/^[A-Z]/);
    }
  });
});
