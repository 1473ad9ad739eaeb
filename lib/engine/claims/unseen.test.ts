import { describe, expect, it } from "vitest";
import { analyseBulletin } from "../index";
import { buildClaims } from "./index";

const en = (text: string) => buildClaims(text, { language: "en" });
const zh = (text: string) => buildClaims(text, { language: "zh" });
const statements = (claims: { statement: string }[]) => claims.map((c) => c.statement);

describe("split statements that stand alone", () => {
  it("gives an English gapped part the verb of the first part", () => {
    expect(statements(en("Exports rose to $3.5 billion in March, and imports to $2.1 billion."))).toEqual([
      "Exports rose to $3.5 billion in March",
      "Imports rose to $2.1 billion",
    ]);
  });

  it("lends no verb to an English part that has its own after the figure", () => {
    expect(statements(en("The government has committed $3.5 billion, and a further $500 million will go to research."))).toEqual([
      "The government has committed $3.5 billion",
      "A further $500 million will go to research",
    ]);
  });

  it("lends no verb to an English part with a present-tense verb of its own", () => {
    expect(statements(en("Housing will rise to $310 million, while transport receives $275 million."))).toEqual([
      "Housing will rise to $310 million",
      "Transport receives $275 million",
    ]);
  });

  it("drops the joining conjunction of an English part and capitalises it", () => {
    expect(statements(en("Retail sales were up 15 percent, while unemployment claims fell nearly 40%."))).toEqual([
      "Retail sales were up 15 percent",
      "Unemployment claims fell nearly 40%",
    ]);
  });

  it("keeps a part that only gives the change in the claim of the figure it qualifies", () => {
    const [c, ...rest] = en("Donations totalled $3.5bn, up 15 percent on the previous year.");
    expect(rest).toEqual([]);
    expect(c.figures.map((f) => [f.kind, f.inherited ?? false])).toEqual([["money", false], ["percent", false]]);
    expect(statements(zh("全市共完成固定资产投资1234亿元,同比增长8.5%,新开工项目35个。"))).toEqual([
      "全市共完成固定资产投资1234亿元,同比增长8.5%",
      "新开工项目35个",
    ]);
    expect(statements(zh("全市累计检测核酸样本45.6万份,较上周增长12%。"))).toEqual(["全市累计检测核酸样本45.6万份,较上周增长12%。"]);
    expect(statements(zh("截至4月26日,全市累计报告确诊病例123例,其中治愈出院118例,现有住院病例5例。"))).toEqual([
      "截至4月26日,全市累计报告确诊病例123例,其中治愈出院118例",
      "截至4月26日,现有住院病例5例",
    ]);
  });

  it("does not lend a verb to an item that has its own", () => {
    expect(statements(zh("新建道路45公里,改造老旧小区120个,惠及居民3.2万户。"))).toEqual(["新建道路45公里", "改造老旧小区120个", "惠及居民3.2万户"]);
    expect(statements(zh("部分项目进度滞后,工期平均延误3至5天,成本上升10%—15%。"))).toEqual([
      "部分项目进度滞后,工期平均延误3至5天",
      "部分项目进度滞后,成本上升10%—15%",
    ]);
  });
});

describe("table rows and datelines", () => {
  it("reads each table row with its column names and skips the header row", () => {
    const r = analyseBulletin("主要指标完成情况\n指标名称      计划      完成      完成率\n固定资产投资  1200亿元  1234亿元  102.8%\n新开工项目    30个      35个      116.7%\n");
    expect(statements(r.claims)).toEqual([
      "主要指标完成情况",
      "固定资产投资：计划1200亿元，完成1234亿元，完成率102.8%",
      "新开工项目：计划30个，完成35个，完成率116.7%",
    ]);
    expect(r.claims[1].figures.map((f) => f.value)).toEqual([120000000000, 123400000000, 102.8]);
  });

  it("leaves list markers out of claims", () => {
    const r = analyseBulletin("Key facts\n• Hospitals treated 4,500 new cases in April.\n2. About a third of patients were over 65.\n(二)新建道路45公里。");
    expect(r.claims.map((c) => c.text)).toEqual(["Key facts", "Hospitals treated 4,500 new cases in April.", "About a third of patients were over 65.", "新建道路45公里。"]);
  });

  it("leaves the dateline out of the first claim", () => {
    const [c] = analyseBulletin("BEIJING, April 25 (Xinhua) -- China has sent 21 medical teams to 19 countries.").claims;
    expect(c.text).toBe("China has sent 21 medical teams to 19 countries.");
    expect(c.figures.map((f) => f.text)).toEqual(["21 medical teams", "19 countries"]);
  });
});

describe("English attribution", () => {
  it("records the speaker after the quote, and resolves he/she to the last named speaker", () => {
    const claims = en('Doe said the country had exported 2.5 billion masks. "The situation remains serious," she said. "We are ready," Smith said.');
    expect(claims.map((c) => c.speaker)).toEqual(["Doe", "Doe", "Smith"]);
    expect(claims[1].kind).toBe("quote");
  });

  it("takes the name, not the circumstances, as the speaker", () => {
    expect(en('"We will share our experience," said Health Minister Jane Doe at a press conference.')[0].speaker).toBe("Health Minister Jane Doe");
    expect(en("China has sent 21 medical teams to 19 countries, the National Health Commission said on Saturday.")[0]).toMatchObject({
      speaker: "the National Health Commission",
      speechVerb: "said",
    });
    expect(en("Officials expect a recovery within 18 months, according to the department.")[0]).toMatchObject({ speaker: "the department", speechVerb: "according to" });
  });

  it("does not take an announced action for speech", () => {
    const [c] = en("The Department of Commerce announced a $3.5 billion relief package.");
    expect(c.kind).toBe("statistic");
    expect(c.speaker).toBeUndefined();
  });
});
