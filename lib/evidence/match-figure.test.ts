import { describe, expect, it } from "vitest";
import { extractFigures } from "../engine";
import { checkFigureAgainstSources, matchFigure, type FigureResult } from "./match-figure";

const OPTIONS = { publishedOn: "2021-06-30" };

/** The claim's figure whose text contains `hint`. */
function figureIn(claim: string, hint: string) {
  const f = extractFigures(claim, 0, OPTIONS).find((x) => x.text.includes(hint));
  if (!f) throw new Error(`no figure "${hint}" in test claim: ${claim}`);
  return f;
}

type Row = [claim: string, hint: string, source: string, result: FigureResult, sourceValue: string | undefined];

const ROWS: Row[] = [
  // Magnitudes, separators, scientific notation.
  ["今年全省生产口罩约223亿只。", "223亿", "全省共生产口罩22,300,000,000只。", "matches", "22300000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "Output of masks reached 2.23e10 units.", "matches", "22300000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "Output of masks reached 2.23×10^10 units.", "matches", "22300000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩223.4亿只。", "within-rounding", "22340000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "The province made 22.3 billion masks this year.", "matches", "22300000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩225亿只。", "differs", "22500000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩222.5亿只。", "within-rounding", "22250000000"],
  ["今年全省生产口罩约223亿只。", "223亿", "全省生产口罩223.5亿只。", "differs", "22350000000"],
  ["The plant made 22.3 billion masks.", "22.3", "它今年生产口罩223亿只。", "matches", "22300000000"],
  ["The fund holds $3.5bn in reserves.", "$3.5bn", "Reserves stood at US$3.5 billion at year end.", "matches", "3500000000"],
  ["The fund holds $3.5bn in reserves.", "$3.5bn", "Reserves stood at US$3,500,000,000 at year end.", "matches", "3500000000"],
  ["The fund holds $3.5bn in reserves.", "$3.5bn", "Reserves stood at US$3.46 billion at year end.", "within-rounding", "3460000000"],
  ["The fund holds $3.5bn in reserves.", "$3.5bn", "Reserves stood at US$3.9 billion at year end.", "differs", "3900000000"],
  ["全市常住人口1.14亿人。", "1.14亿", "常住人口为114,210,000人。", "within-rounding", "114210000"],
  ["全市常住人口1.14亿人。", "1.14亿", "常住人口为11421万人。", "within-rounding", "114210000"],
  ["全市常住人口1.14亿人。", "1.14亿", "常住人口为115,020,000人。", "differs", "115020000"],
  ["全市常住人口1.14亿人。", "1.14亿", "常住人口为114,000,000人。", "matches", "114000000"],
  ["The country has 1.2 million doctors.", "1.2 million", "Registered doctors numbered 1,200,000 in May.", "matches", "1200000"],
  ["The country has 1.2 million doctors.", "1.2 million", "Registered doctors numbered 1,249,000 in May.", "within-rounding", "1249000"],
  ["The country has 1.2 million doctors.", "1.2 million", "Registered doctors numbered 1,310,000 in May.", "differs", "1310000"],
  ["该区新增就业3.6万人。", "3.6万", "全年新增就业36,000人。", "matches", "36000"],
  ["该区新增就业3.6万人。", "3.6万", "全年新增就业35,800人。", "within-rounding", "35800"],
  ["Exports reached 4.75 million tonnes.", "4.75", "Exports totalled 4\u202F750\u202F000 tonnes.", "matches", "4750000"],
  // Rounding and bounds.
  ["约200名志愿者参与。", "200", "参与志愿者共计230名。", "within-rounding", "230"],
  ["约200名志愿者参与。", "200", "参与志愿者共计260名。", "differs", "260"],
  ["两百多名医生驰援。", "两百多", "驰援医生共215名。", "within-rounding", "215"],
  ["两百多名医生驰援。", "两百多", "驰援医生共180名。", "differs", "180"],
  ["两百多名医生驰援。", "两百多", "驰援医生共320名。", "differs", "320"],
  ["医院收治病人300余例。", "300余", "医院共收治病人342例。", "within-rounding", "342"],
  ["超过3000副护目镜已发放。", "3000", "已发放护目镜3150副。", "within-rounding", "3150"],
  ["超过3000副护目镜已发放。", "3000", "已发放护目镜2980副。", "differs", "2980"],
  ["More than 500 schools reopened.", "500", "In all, 512 schools reopened on Monday.", "within-rounding", "512"],
  ["More than 500 schools reopened.", "500", "In all, 500 schools reopened on Monday.", "differs", "500"],
  ["Nearly 300 ventilators were delivered.", "300", "The ministry delivered 296 ventilators.", "within-rounding", "296"],
  ["不到一万台呼吸机库存。", "一万", "呼吸机库存为9,870台。", "within-rounding", "9870"],
  ["不到一万台呼吸机库存。", "一万", "呼吸机库存为10,400台。", "differs", "10400"],
  ["At least 40 lorries crossed the border.", "40", "Officials counted 40 lorries at the border.", "matches", "40"],
  ["At most 12 flights were cancelled.", "12", "Airlines cancelled 15 flights.", "differs", "15"],
  // Distractors in the same passage.
  ["口罩约223亿只。", "223亿", "今年生产防护服22.3亿件、口罩223亿只。", "matches", "22300000000"],
  ["口罩约223亿只。", "223亿", "今年生产防护服223亿件、口罩230亿只。", "differs", "23000000000"],
  ["防护服150万件。", "150万", "今年生产口罩150亿只，防护服148万件。", "differs", "1480000"],
  ["防护服约150万件。", "150万", "今年生产口罩150亿只，防护服148万件。", "within-rounding", "1480000"],
  ["Exports rose to 980 tonnes.", "980", "Imports were 980 tonnes and exports 1,100 tonnes.", "differs", "1100"],
  ["Imports were 1,100 tonnes.", "1,100", "Exports reached 1,100 tonnes, while imports fell to 870 tonnes.", "differs", "870"],
  ["The city trained 1,500 nurses.", "1,500", "It trained 1,500 paramedics and 1,450 nurses last year.", "differs", "1450"],
  ["累计检测核酸1200万份。", "1200万", "累计接种疫苗1200万剂，检测核酸980万份。", "differs", "9800000"],
  // Units and classifiers.
  ["调拨呼吸机500台。", "500", "调拨呼吸机500台、床位500张。", "matches", "500"],
  ["捐赠手套20万副。", "20万", "捐赠手套20万只。", "matches", "200000"],
  ["The mill produced 12,000 tonnes of flour.", "12,000", "The mill produced 12,000 kg of flour.", "differs", "12"],
  ["该厂生产面粉1.2万吨。", "1.2万", "Flour output was 12,000 tonnes.", "matches", "12000"],
  // Currencies.
  ["项目投资35亿美元。", "35亿", "The project will cost US$3.5 billion.", "matches", "3500000000"],
  ["项目投资35亿美元。", "35亿", "项目总投资35亿元人民币。", "differs", "3500000000"],
  ["The bank lent ¥200 million.", "200", "银行发放贷款2亿元。", "matches", "200000000"],
  ["The bank lent ¥200 million.", "200", "The bank lent €200 million and ¥180 million.", "differs", "180000000"],
  // Percentages.
  ["失业率为15%。", "15%", "The jobless rate was 15 percent.", "matches", "15"],
  ["The jobless rate was 15 percent.", "15", "失业率为百分之十五。", "matches", "15"],
  ["失业率为15%。", "15%", "失业率为15.3%。", "within-rounding", "15.3"],
  ["失业率为15%。", "15%", "失业率为17%，比上年提高15个百分点。", "differs", "17"],
  ["GDP grew about 6%.", "6%", "GDP rose 6.4% on the year.", "within-rounding", "6.4"],
  ["GDP grew about 6%.", "6%", "Output rose 6.4% on the year.", "not-found", undefined],
  // Dates and ranges.
  ["4月25日起恢复通航。", "4月25日", "Flights resume on April 25, 2021.", "matches", "2021-04-25"],
  ["Flights resume on April 25.", "April 25", "航班于2021年4月25日恢复。", "matches", "2021-04-25"],
  ["4月25日起恢复通航。", "4月25日", "航班于2021年4月26日恢复。", "differs", "2021-04-26"],
  ["展览于2月3日至5月17日举行。", "2月3日", "The fair runs from February 3 to May 17, 2021.", "matches", "2021-02-03"],
  ["展览于2月3日至5月17日举行。", "2月3日", "The fair runs from February 3 to May 20, 2021.", "differs", "2021-02-03"],
  // Not found.
  ["口罩约223亿只。", "223亿", "今年生产防护服150万件。", "not-found", undefined],
  ["The country has 1.2 million doctors.", "1.2 million", "The weather stayed mild all week.", "not-found", undefined],
  ["失业率为15%。", "15%", "全市新增就业15万人。", "not-found", undefined],
  ["4月25日起恢复通航。", "4月25日", "恢复通航的机场共有25个。", "not-found", undefined],
  // A growth rate in its own clause is about the figure before it: the GDP's growth, not the income's.
  ["全年全市地区生产总值约5230亿元，同比增长5.2%。", "5.2%", "全市生产总值5231.6亿元，比上年增长5.2%。居民人均可支配收入52300元，增长5.6%。", "matches", "5.2"],
  ["全年全市地区生产总值约5230亿元，同比增长5.3%。", "5.3%", "全市生产总值5231.6亿元，比上年增长5.2%。居民人均可支配收入52300元，增长5.6%。", "differs", "5.2"],
  ["居民人均可支配收入52300元，比上年增长5.2%。", "5.2%", "全市生产总值5231.6亿元，比上年增长5.2%。居民人均可支配收入52300元，增长5.6%。", "differs", "5.6"],
  // Another noun, millions of times larger, is not the claim's number.
  ["每千人口执业医师3.4人。", "3.4", "年末常住人口862万人。", "not-found", undefined],
];

describe("matchFigure table", () => {
  it("has enough rows to mean something", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS)("%s [%s] ⟷ %s → %s %s", (claim, hint, source, result, sourceValue) => {
    const m = matchFigure(figureIn(claim, hint), claim, source, OPTIONS);
    expect({ result: m.result, sourceValue: m.sourceValue }).toEqual({ result, sourceValue });
    if (m.start !== undefined) expect(source.slice(m.start, m.end)).toBe(m.sourceText);
    expect(m.reason.length).toBeGreaterThan(10);
  });
});

describe("matchFigure details", () => {
  it("gives the relative difference against the source", () => {
    const m = matchFigure(figureIn("两百多名医生驰援。", "两百多"), "两百多名医生驰援。", "驰援医生共180名。");
    expect(m.relativeDifference).toBeCloseTo((200 - 180) / 180, 10);
  });

  it("returns the sentence around the source number as the passage", () => {
    const source = "First sentence here. Exports totalled 4,750,000 tonnes in May. Last one.";
    const m = matchFigure(figureIn("Exports reached 4.75 million tonnes.", "4.75"), "Exports reached 4.75 million tonnes.", source);
    expect(source.slice(m.passage!.start, m.passage!.end)).toBe("Exports totalled 4,750,000 tonnes in May.");
  });
});

describe("checkFigureAgainstSources", () => {
  const claim = "全市常住人口1.14亿人。";
  const figure = figureIn(claim, "1.14亿");

  it("prefers the source that matches and names it", () => {
    const m = checkFigureAgainstSources(figure, claim, [
      { id: "a", text: "常住人口为1.3亿人。" },
      { id: "b", text: "常住人口为114,000,000人。" },
      { id: "c", text: "常住人口为114,210,000人。" },
    ]);
    expect([m.sourceId, m.result]).toEqual(["b", "matches"]);
  });

  it("reports not found when no source has it", () => {
    expect(checkFigureAgainstSources(figure, claim, [{ id: "a", text: "No figures today." }]).result).toBe("not-found");
    expect(checkFigureAgainstSources(figure, claim, []).result).toBe("not-found");
  });
});
