import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseBulletin } from "./index";

// The real bulletin lives outside the repository (CI copies shared/ beside the clone).
const samples = path.resolve(import.meta.dirname, "../../../shared/samples");
const file = path.join(samples, "bulletin-zh-covid-cooperation.txt");
const present = existsSync(file);
if (!present) console.warn(`sample.test.ts: skipped, ${samples} is absent`);

describe.skipIf(!present)("the shared sample bulletin, end to end", () => {
  const r = present ? analyseBulletin(readFileSync(file, "utf8"), { publishedOn: "2020-05-08" }) : null!;
  const figures = () => r.claims.flatMap((c) => c.figures);

  it("cleans watermark, page numbers, the traditional character and unclosed quotes", () => {
    expect(r.cleanText).not.toContain("优质文档");
    expect(r.cleanText).toContain("经济");
    expect(r.cleanText).toContain("高度赞赏");
    expect(r.cleanText).toContain("众志成城");
    expect(r.cleanText).not.toMatch(/\n\d、/);
    expect(r.changes.filter((c) => c.kind === "unpaired-quote")).toHaveLength(2);
  });

  it("splits the export sentence into five claims with exact figures", () => {
    const exports = r.claims.filter((c) => c.statement.startsWith("从3月1日至4月26日,中国共出口"));
    expect(exports).toHaveLength(5);
    expect(exports[0].statement).toBe("从3月1日至4月26日,中国共出口口罩约223亿只");
    expect(exports[4].statement).toBe("从3月1日至4月26日,中国共出口护目镜3491万副");
    expect(exports.map((c) => c.figures.find((f) => !f.inherited)?.value)).toEqual([22300000000, 114000000, 9870000, 41800, 34910000]);
    expect(exports[0].figures.find((f) => !f.inherited)).toMatchObject({ approx: "about", unit: "只" });
    expect(exports[0].figures[0]).toMatchObject({ kind: "date-range", value: "2020-03-01", valueMax: "2020-04-26" });
  });

  it("finds money, a date, an ordinal and no figure in 二十国集团", () => {
    expect(figures().find((f) => f.kind === "money")).toMatchObject({ value: 50000000, currency: "USD" });
    expect(figures().find((f) => f.kind === "date")).toMatchObject({ text: "4月25日", value: "2020-04-25" });
    expect(figures().find((f) => f.kind === "ordinal")).toMatchObject({ text: "第五次", value: 5 });
    expect(figures().some((f) => r.cleanText.slice(f.start, f.end + 3).includes("国集团"))).toBe(false);
  });

  it("records the quotes with their speakers", () => {
    const quotes = r.claims.filter((c) => c.kind === "quote").map((c) => [c.speaker, c.speechVerb]);
    expect(quotes).toEqual(expect.arrayContaining([["联合国秘书长古特雷斯", "称"], ["世界卫生组织总干事谭德塞", "表示"], ["习近平总书记", "指出"]]));
  });

  it("checks the listed countries against the stated counts", () => {
    const checks = r.claims.flatMap((c) => c.checks).map((k) => [k.stated, k.listed, k.ok, k.unknown.length]);
    expect(checks).toEqual(expect.arrayContaining([[17, 17, true, 0], [34, 13, true, 0], [14, 7, true, 0]]));
  });

  it("keeps every offset valid", () => {
    for (const c of r.claims) {
      expect(r.cleanText.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(r.cleanText.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
