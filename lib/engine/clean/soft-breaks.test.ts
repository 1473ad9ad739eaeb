import { describe, expect, it } from "vitest";
import { cleanText } from "./index";

const clean = (text: string) => cleanText(text).text;

describe("soft line breaks", () => {
  it("keeps a heading apart from the paragraph after it, however long the heading", () => {
    expect(clean("城市建设情况通报市政府办公室\n今年以来,全市上下齐心协力,城市建设取得新进展。")).toBe(
      "城市建设情况通报市政府办公室\n今年以来,全市上下齐心协力,城市建设取得新进展。",
    );
    const long = "关于进一步加强全市城市建设管理工作情况的通报\n今年以来,全市上下齐心协力,城市建设取得新进展。";
    expect(clean(long)).toBe(long);
  });

  it("joins the lines of a wrapped paragraph that fill the column, and stops at its last line", () => {
    const text = "截至4月26日,全市累计报告确诊病例123例,其中治愈出院118例,现有\n住院病例5例,全市共设立发热门诊32个,累计检测核酸样本45.6万份,较上\n周增长12%。\n(一)交通建设\n新建道路45公里。";
    expect(clean(text)).toBe(
      "截至4月26日,全市累计报告确诊病例123例,其中治愈出院118例,现有住院病例5例,全市共设立发热门诊32个,累计检测核酸样本45.6万份,较上周增长12%。\n(一)交通建设\n新建道路45公里。",
    );
  });

  it("keeps short unpunctuated lines (names, list items) on their own lines", () => {
    expect(clean("出席人员\n张三\n李四\n王五")).toBe("出席人员\n张三\n李四\n王五");
    expect(clean("主要做法\n1. 加强物资保障\n2. 组织专家会诊")).toBe("主要做法\n1. 加强物资保障\n2. 组织专家会诊");
  });

  it("re-joins a hard-wrapped English release with spaces, mends hyphenated words, keeps title and dateline", () => {
    const text = [
      "Ministry of Health Weekly Bulletin",
      "BEIJING, April 25 (Xinhua) --",
      "China has sent 21 medical teams to 19 countries and regions since the outbreak, the",
      "National Health Commission said on Saturday. The econ-",
      "omy is expected to recover, U.S.",
      "officials said.",
    ].join("\n");
    expect(clean(text)).toBe(
      "Ministry of Health Weekly Bulletin\nBEIJING, April 25 (Xinhua) --\nChina has sent 21 medical teams to 19 countries and regions since the outbreak, the National Health Commission said on Saturday. The economy is expected to recover, U.S. officials said.",
    );
    const hyphen = cleanText(text).changes.find((c) => c.original === "-\n");
    expect(hyphen).toMatchObject({ kind: "soft-line-break", replacement: "" });
  });

  it("does not glue a year to the number on the next line", () => {
    expect(clean("Total exports in 2020\n15 countries took part.")).toBe("Total exports in 2020\n15 countries took part.");
  });

  it("keeps table rows copied from a PDF on their own lines with their column gaps", () => {
    const table = "主要指标完成情况\n指标名称      计划      完成\n固定资产投资  1200亿元  1234亿元\n新开工项目    30个      35个";
    expect(clean(table)).toBe(table);
  });
});
