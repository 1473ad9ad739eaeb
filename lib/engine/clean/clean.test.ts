import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText, undoChanges } from "./index";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "fixtures", name), "utf8");

describe("cleanText", () => {
  it("removes a watermark glued to the title and the page number before it", () => {
    const r = cleanText("1、精品文档携手抗疫卫生部\n2、国际司");
    expect(r.text.startsWith("携手抗疫")).toBe(true);
    expect(r.changes.slice(0, 2).map((c) => [c.kind, c.original, c.at])).toEqual([
      ["page-number", "1、", 0],
      ["watermark", "精品文档", 2],
    ]);
  });

  it("joins words cut in half by page numbers", () => {
    const text = "全市上下扎实推进各项改革取得了新的成效，持续推动经\n2、济平稳发展，赢得市民广泛好\n3、评。";
    const r = cleanText(text);
    expect(r.text).toContain("经济平稳");
    expect(r.text).toContain("广泛好评。");
    expect(r.changes.filter((c) => c.kind === "page-number").map((c) => c.original)).toEqual(["\n2、", "\n3、"]);
  });

  it("keeps real numbered lists after a sentence end", () => {
    const text = "主要做法如下。\n1、加强物资保障。\n2、组织专家会诊。\n一、总体情况\n二、下一步安排";
    expect(cleanText(text).text).toBe(text);
  });

  it("converts traditional characters, full-width forms and Kangxi radicals", () => {
    const r = cleanText("全市居民齊心协力，共派出１２０名医护⼈员。");
    expect(r.text).toBe("全市居民齐心协力，共派出120名医护人员。");
    expect(r.changes.map((c) => c.kind)).toEqual(["traditional-character", "full-width", "kangxi-radical"]);
    expect(r.changes[1]).toMatchObject({ original: "１２０", replacement: "120" });
  });

  it.each([
    ["增长５．６％，达到１，２００亿元。", "增长5.6%，达到1,200亿元。"],
    ["（一）农业：产量－３％！是否？", "（一）农业：产量-3%！是否？"],
    ["ＧＤＰ为３／４，共５个＂试点＂．", "GDP为3/4，共5个＂试点＂．"],
    ["分别为５，８和１２。价格￥３０。", "分别为5，8和12。价格¥30。"],
  ])("keeps Chinese punctuation but folds letters, digits and number signs: %s", (input, expected) => {
    expect(cleanText(input).text).toBe(expected);
  });

  it("closes quotes that are never closed at the end of their sentence, keeps closed ones, undoably", () => {
    expect(cleanText("汇聚“向上力量。他说“好”。").text).toBe("汇聚“向上力量”。他说“好”。");
    expect(cleanText("弘扬“敬业奉献的精神。").changes).toMatchObject([{ kind: "unpaired-quote", original: "", replacement: "”", at: 10 }]);
    expect(cleanText("他说“甲“乙”。").text).toBe("他说“甲”“乙”。");
    expect(cleanText("没有开头”的引号。").text).toBe("没有开头的引号。");
    expect(undoChanges("弘扬“敬业奉献的精神。", [0]).text).toBe("弘扬“敬业奉献的精神。");
  });

  it("joins soft line breaks inside numbers and sentences, keeps headings", () => {
    const r = cleanText("一、总体情况\n从2月3日至5\n月17日,本省共生产口罩约365亿只,手术衣1.27亿件,\n制氧机6.25万台。");
    expect(r.text).toBe("一、总体情况\n从2月3日至5月17日,本省共生产口罩约365亿只,手术衣1.27亿件,制氧机6.25万台。");
  });

  it("removes 第N页 lines and repeated headers", () => {
    const r = cleanText(fixture("bulletin-zh-pdf.txt"));
    expect(r.text).not.toContain("第1页");
    expect(r.text).not.toContain("内部资料");
    expect(r.changes.filter((c) => c.kind === "repeated-header")).toHaveLength(3);
    expect(r.text).toContain("其中重症患者十五名");
    expect(r.text).toContain("1、加强物资保障。\n2、组织专家会诊。");
  });

  it("simplifies every traditional character inside one compatibility change", () => {
    // Compatibility ideographs (U+2F963 築, U+2F8B1 懶) between other NFKC changes make one change.
    const r = cleanText("ﱂ\u{2F963}𝔉\u{2F8B1}");
    expect(r.text).toBe("لم筑F懒");
    expect(cleanText(r.text).text).toBe(r.text);
  });

  it("normalises line endings and strips zero-width characters", () => {
    expect(cleanText("甲。\r\n乙\u200B。").text).toBe("甲。\n乙。");
  });

  it("leaves already clean text alone", () => {
    const text = "Between March 1 and April 26, the country exported 3,000 ventilators.\nIt is enough.";
    expect(cleanText(text)).toMatchObject({ text, changes: [] });
  });

  it("is idempotent on the fixtures", () => {
    for (const name of ["bulletin-zh.txt", "bulletin-zh-pdf.txt", "bulletin-en.txt"]) {
      const once = cleanText(fixture(name)).text;
      expect(cleanText(once).text).toBe(once);
    }
  });

  it("records changes that rebuild the cleaned text from the original", () => {
    const original = fixture("bulletin-zh.txt");
    const r = cleanText(original);
    let rebuilt = "";
    let at = 0;
    for (const c of r.changes) {
      expect(original.slice(c.at, c.at + c.original.length)).toBe(c.original);
      rebuilt += original.slice(at, c.at) + c.replacement;
      at = c.at + c.original.length;
      expect(r.text.slice(c.cleanAt, c.cleanAt + c.replacement.length)).toBe(c.replacement);
    }
    expect(rebuilt + original.slice(at)).toBe(r.text);
  });
});

describe("offset map", () => {
  it("maps cleaned offsets back to the original and forth", () => {
    const original = "1、优质文档携手同行。齊心协力。";
    const r = cleanText(original);
    expect(r.text).toBe("携手同行。齐心协力。");
    const i = r.text.indexOf("心协力");
    expect(original.slice(r.map.toOriginal(i), r.map.toOriginal(i + 3, "end"))).toBe("心协力");
    expect(r.map.toClean(original.indexOf("携手"))).toBe(0);
    // A replaced character maps to the whole of its original.
    const z = r.text.indexOf("齐");
    expect(original.slice(r.map.toOriginal(z), r.map.toOriginal(z + 1, "end"))).toBe("齊");
    expect(r.map.toOriginal(r.text.length)).toBe(original.length);
  });
});

describe("undoChanges", () => {
  it("undoes exactly the rejected changes", () => {
    const original = "1、精品文档全市居民齊心协力，共派出１２０名。";
    const all = cleanText(original);
    const quoteIndex = all.changes.findIndex((c) => c.kind === "traditional-character");
    const undone = undoChanges(original, [quoteIndex]);
    expect(undone.text).toBe("全市居民齊心协力，共派出120名。");
    expect(undone.changes).toHaveLength(all.changes.length - 1);
    expect(undoChanges(original, all.changes.map((_, i) => i)).text).toBe(original);
    expect(undoChanges(original, []).text).toBe(all.text);
  });
});

describe("Chinese punctuation through the engine", () => {
  it("keeps it in claims' text and statements while figures written in full-width digits are read", async () => {
    const { analyseBulletin } = await import("..");
    const r = analyseBulletin("今年以来（截至９月），全市共派出医生１２０名，门诊量增长５．６％！");
    expect(r.cleanText).toBe("今年以来（截至9月），全市共派出医生120名，门诊量增长5.6%！");
    expect(r.claims.map((c) => c.statement).join("|")).toMatch(/，/);
    expect(r.claims.map((c) => c.statement).join("|")).not.toMatch(/[,()!]/);
    expect(r.claims.flatMap((c) => c.figures).map((f) => [f.text, f.value])).toEqual(expect.arrayContaining([["120名", 120], ["5.6%", 5.6]]));
  });
});
