import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EVAL_DIR, loadGold, parseGoldFigure } from "@/eval/gold";
import { normaliseStatement, rates, scoreBulletin, total } from "@/eval/score";

// The eval (`npm run eval`) in the build: a score below its floor in eval/floors.json fails it.
const floors = JSON.parse(readFileSync(path.join(EVAL_DIR, "floors.json"), "utf8")) as Record<string, number>;
const gold = loadGold();
const scores = gold.map((g) => scoreBulletin(g));
const all = total(scores);

describe("the engine against the eval's gold annotations", () => {
  it("covers at least 8 bulletins in Chinese, English and both", () => {
    expect(gold.length).toBeGreaterThanOrEqual(8);
    expect(new Set(gold.map((g) => g.language))).toEqual(new Set(["zh", "en"]));
    expect(gold.some((g) => /[a-z]{3}/.test(g.text) && /[\u4e00-\u9fff]/.test(g.text) && g.name.startsWith("mixed"))).toBe(true);
    expect(all.figures).toBeGreaterThan(250);
  });

  it.each(Object.entries(floors))("keeps %s at or past its floor (%s)", (name, floor) => {
    const r = rates(all);
    const value = name === "sharedFigures" ? all.sharedFigures : r[name as keyof typeof r];
    if (name === "falseFigures" || name === "sharedFigures") expect(value, scores.flatMap((s) => s.misses).join("\n")).toBeLessThanOrEqual(floor);
    else expect(value, scores.flatMap((s) => s.misses).join("\n")).toBeGreaterThanOrEqual(floor);
  });
});

describe("the scorer", () => {
  it("reads a gold figure line, a range and a word that gives no number", () => {
    expect(parseGoldFigure("约223亿只 | count | 22300000000 | 只 | about")).toEqual({ text: "约223亿只", kind: "count", value: 22300000000, unit: "只", approx: "about" });
    expect(parseGoldFigure("1至8月 | date-range | 2025-01..2025-08")).toMatchObject({ value: "2025-01", valueMax: "2025-08", unit: null, approx: "exact" });
    expect(parseGoldFigure("dozens of firms | count | * | firms | more-than").value).toBeNull();
    expect(() => parseGoldFigure("3 | weight | 3")).toThrow(/bad kind/);
  });

  it("compares statements without outer space or final stop, but with their punctuation as written", () => {
    expect(normaliseStatement(" 全年新建学校12所。")).toBe(normaliseStatement("全年新建学校12所"));
    expect(normaliseStatement("其中，医院3家")).not.toBe(normaliseStatement("其中,医院3家"));
  });

  it("counts a missed figure, a false one and a wrong list, so a bad engine scores low", () => {
    const [g] = gold;
    const broken = scoreBulletin(g, { language: g.language, cleanText: g.text, changes: [], map: { toOriginal: (o) => o, toClean: (o) => o }, claims: [] });
    expect(broken.valueHits).toBe(0);
    expect(broken.statementHits).toBe(0);
  });
});
