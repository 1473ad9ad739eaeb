import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseBulletin, cleanText, detectLanguage, type EngineResult } from "./index";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

function expectConsistent(r: EngineResult) {
  for (const c of r.claims) {
    expect(r.cleanText.slice(c.start, c.end)).toBe(c.text);
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    for (const f of c.figures) expect(r.cleanText.slice(f.start, f.end)).toBe(f.text);
  }
}

describe("analyseBulletin on our Chinese fixture", () => {
  const r = analyseBulletin(fixture("bulletin-zh.txt"), { publishedOn: "2020-05-12" });
  const statement = (s: string) => r.claims.find((c) => c.statement === s);

  it("cleans the artefacts", () => {
    expect(r.language).toBe("zh");
    expect(r.cleanText.startsWith("携手抗疫共克时艰")).toBe(true);
    expect(r.cleanText).toContain("万众一心");
    expect(r.cleanText).toContain("国际合作不断深入");
    expect(r.cleanText).toContain("高度赞扬");
    expect(r.cleanText).toContain("弘扬抗疫精神");
    expect(r.changes.map((c) => c.kind)).toEqual(["page-number", "watermark", "traditional-character", "page-number", "unpaired-quote", "page-number"]);
  });

  it("splits the export listing into one claim per figure", () => {
    const c = statement("从4月1日至5月10日,我国共出口隔离衣2.36亿件");
    expect(c?.figures.map((f) => [f.kind, f.value, f.valueMax ?? null])).toEqual([
      ["date-range", "2020-04-01", "2020-05-10"],
      ["count", 236000000, null],
    ]);
    expect(statement("从4月1日至5月10日,我国共出口医用手套约45亿副")?.figures[1]).toMatchObject({ value: 4500000000, approx: "about", unit: "副" });
  });

  it("finds money, qualifiers, ordinals and no figures in names", () => {
    const figures = r.claims.flatMap((c) => c.figures);
    expect(figures.find((f) => f.kind === "money")).toMatchObject({ value: 30000000, currency: "USD" });
    expect(figures.find((f) => f.text === "两百多场")).toMatchObject({ value: 200, approx: "more-than" });
    expect(figures.find((f) => f.kind === "ordinal")).toMatchObject({ text: "第三次", value: 3 });
    const names = r.claims.find((c) => c.text.startsWith("二十国集团"));
    expect(names?.figures).toEqual([]);
    expect(r.claims.find((c) => c.text.startsWith("我们第一时间"))?.figures).toEqual([]);
  });

  it("checks stated counts against lists", () => {
    const checks = r.claims.flatMap((c) => c.checks);
    expect(checks.map((k) => [k.stated, k.listed, k.ok])).toEqual([
      [8, 8, true],
      [20, 5, true],
      [4, 3, false],
    ]);
  });

  it("keeps offsets consistent", () => expectConsistent(r));
});

describe("analyseBulletin on our English fixture", () => {
  const r = analyseBulletin(fixture("bulletin-en.txt"));
  it("cleans page lines and splits figures", () => {
    expect(r.language).toBe("en");
    expect(r.cleanText).not.toContain("Page 1 of 2");
    expect(r.claims.map((c) => c.statement)).toContain("Between March 1 and April 26, the country exported 120 million gowns");
    const money = r.claims.flatMap((c) => c.figures).find((f) => f.kind === "money");
    expect(money).toMatchObject({ value: 3500000000, currency: "USD" });
    expectConsistent(r);
  });
});

describe("detectLanguage", () => {
  it("tells Chinese from English", () => {
    expect(detectLanguage("本省共生产口罩约365亿只。")).toBe("zh");
    expect(detectLanguage("The country exported 3,000 ventilators.")).toBe("en");
  });
});

const ARTEFACTS = [
  "\n", "\n2、", "\n3、", "优质文档", "眾", "“", "”", "，", "。", "１２", "⼈", "第4页", "\r\n", " ", "中国", "共", "17个", "约365亿只", "1.27亿件", "2月3日至5", "月17日", "、", "伊朗", "等", "said", "1,200", "$3.5bn", "e\u0301", "\u0301", "\uD800", "ﾊﾞ", "①", "……",
  // English structure and the second round's forms.
  "GENEVA, 3 May 2024 — ", ", and ", " and ", ", which ", " — ", ": ", "Exports rose ", "imports to ", "up 12%", " were exported", ". ", "Dr. ", "No. 7",
  "half a million", "dozens of firms", "300-plus", "one in five", "per 1,000 people", "一季度", "上半年", "千分之三", "两成以上", "突破", "过万", "9.8万架次", "-0.3", "(", ")",
];
const artefactText = fc.array(fc.constantFrom(...ARTEFACTS), { maxLength: 40 }).map((a) => a.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), artefactText);

describe("properties", () => {
  it("never throws and keeps every offset valid", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = analyseBulletin(text);
        expectConsistent(r);
        for (const c of r.claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(r.cleanText.length);
          expect(c.start).toBeLessThan(c.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("cleaning is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text).text;
        expect(cleanText(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("changes rebuild the cleaned text and the map stays within bounds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = cleanText(text);
        let rebuilt = "";
        let at = 0;
        for (const c of r.changes) {
          expect(c.at).toBeGreaterThanOrEqual(at);
          rebuilt += text.slice(at, c.at) + c.replacement;
          at = c.at + c.original.length;
        }
        expect(rebuilt + text.slice(at)).toBe(r.text);
        for (let i = 0; i <= r.text.length; i++) {
          const o = r.map.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
