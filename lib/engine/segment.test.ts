import { describe, expect, it } from "vitest";
import { chunks, clauses, sentences } from "./segment";

describe("sentences", () => {
  it("splits Chinese sentences per paragraph and at semicolons", () => {
    const text = "第一句。第二句；第三句！\n第四句";
    expect(sentences(text, "zh").map((s) => text.slice(s.start, s.end))).toEqual(["第一句。", "第二句；", "第三句！", "第四句"]);
  });

  it("does not split inside 1.27亿 or English decimals", () => {
    const text = "手术衣1.27亿件。It rose 2.5 percent. Then fell.";
    expect(sentences(text, "zh").map((s) => text.slice(s.start, s.end))).toEqual(["手术衣1.27亿件。", "It rose 2.5 percent. ", "Then fell."].map((s) => s.trim()));
  });

  it("cuts very long paragraphs into chunks at sentence ends, covering the text", () => {
    const text = "这是一个句子。".repeat(2000);
    const cs = chunks(text);
    expect(cs.length).toBeGreaterThan(1);
    expect(cs.every((c) => c.end - c.start <= 2000)).toBe(true);
    expect(cs.map((c) => text.slice(c.start, c.end)).join("")).toBe(text);
    expect(sentences(text, "zh")).toHaveLength(2000);
  });

  it("cuts a long English paragraph at a full stop, never inside a sentence", () => {
    const text = Array.from({ length: 300 }, (_, i) => `Ward ${i + 1} repaired ${2000 + i} street lamps costing $3.5 million.`).join(" ");
    const cs = chunks(text);
    expect(cs.length).toBeGreaterThan(1);
    for (const c of cs.slice(0, -1)) expect(text.slice(c.start, c.end)).toMatch(/million\.$/);
    expect(sentences(text, "en")).toHaveLength(300);
  });
});

describe("clauses", () => {
  it("splits at commas but not inside thousands separators", () => {
    const text = "共有1,200人,其中300人,已出院。";
    expect(clauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end))).toEqual(["共有1,200人", "其中300人", "已出院"]);
  });
});
