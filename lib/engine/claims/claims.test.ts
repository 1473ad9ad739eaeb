import { describe, expect, it } from "vitest";
import { buildClaims } from "./index";

const zh = (text: string) => buildClaims(text, { language: "zh" });

describe("buildClaims", () => {
  it("splits a sentence listing several figures into one claim per figure with the shared context", () => {
    const text = "从4月1日至5月10日,我国共出口医用手套约45亿副,隔离衣2.36亿件,无创呼吸机3.1万台。";
    const claims = zh(text);
    expect(claims.map((c) => c.statement)).toEqual([
      "从4月1日至5月10日,我国共出口医用手套约45亿副",
      "从4月1日至5月10日,我国共出口隔离衣2.36亿件",
      "从4月1日至5月10日,我国共出口无创呼吸机3.1万台",
    ]);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.context).toEqual({ start: 0, end: text.length });
      expect(c.kind).toBe("statistic");
      expect(c.figures[0]).toMatchObject({ kind: "date-range", inherited: true });
    }
    expect(claims[1].text).toBe("隔离衣2.36亿件");
    expect(claims[1].figures[1]).toMatchObject({ value: 236000000, unit: "件" });
  });

  it("splits 、-lists where each item has its figure", () => {
    expect(zh("今年已发布3版技术指南、2版工作手册。").map((c) => c.statement)).toEqual(["今年已发布3版技术指南", "今年已发布2版工作手册"]);
  });

  it("keeps one claim when the figures share a clause", () => {
    expect(zh("全市与50多所高校开展60多场线上交流。")).toHaveLength(1);
  });

  it("recognises attributed speech with speaker and verb", () => {
    const [c] = zh("世卫组织总干事表示,中国的经验值得借鉴。");
    expect(c).toMatchObject({ kind: "quote", speaker: "世卫组织总干事", speechVerb: "表示" });
    expect(zh("国家主席指出,团结是战胜困难的关键。")[0]).toMatchObject({ kind: "quote", speaker: "国家主席", speechVerb: "指出" });
    const [en] = buildClaims('"We will keep supply chains open," said Health Minister Jane Doe.', { language: "en" });
    expect(en).toMatchObject({ kind: "quote", speaker: "Health Minister Jane Doe" });
  });

  it("tells events from opinions and orders them by check-worthiness", () => {
    const [event] = zh("5月6日,第三次中非卫生合作论坛在线举行。");
    const [opinion] = zh("各方只有同心协力,才能渡过眼前的难关。");
    const [statistic] = zh("我国派出医护人员逾1200名。");
    expect(event.kind).toBe("event");
    expect(opinion.kind).toBe("other");
    expect(statistic.kind).toBe("statistic");
    expect(statistic.checkworthiness).toBeGreaterThan(event.checkworthiness);
    expect(event.checkworthiness).toBeGreaterThan(opinion.checkworthiness);
    for (const c of [event, opinion, statistic]) expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
  });

  it("attaches a failed list-count check to its claim and ranks it high", () => {
    const [c] = zh("我们同菲律宾、马来西亚、新加坡共4个国家签署了卫生合作文件。");
    expect(c.checks).toMatchObject([{ stated: 4, listed: 3, ok: false }]);
    expect(c.checkworthiness).toBe(1);
  });
});
