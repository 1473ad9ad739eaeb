import { describe, expect, it } from "vitest";
import { uncoveredSentences } from "./uncovered";

describe("uncoveredSentences", () => {
  const zh = "本市新建学校12所。天气晴好。代表团访问了法国。市民普遍满意。";
  const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

  it("finds sentences with a figure or a place that no claim covers", () => {
    const found = uncoveredSentences(zh, "zh", []).map((s) => zh.slice(s.start, s.end));
    expect(found).toEqual(["本市新建学校12所。", "代表团访问了法国。"]);
  });

  it("leaves out sentences a claim overlaps, even in part", () => {
    const found = uncoveredSentences(zh, "zh", [span(zh, "学校12所")]).map((s) => zh.slice(s.start, s.end));
    expect(found).toEqual(["代表团访问了法国。"]);
  });

  it("counts an English proper name inside a sentence, not the sentence's first word", () => {
    const en = "Nothing changed this week. The report was written by Maria Lopez. Turnout rose to 61%.";
    expect(uncoveredSentences(en, "en", [span(en, "Turnout rose to 61%")]).map((s) => en.slice(s.start, s.end))).toEqual(["The report was written by Maria Lopez."]);
  });
});
