import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../engine";
import { checkFigureAgainstSources, matchFigure, prepareSource, type FigureResult, type MatchFlag } from "./match-figure";

const OPTIONS = { publishedOn: "2024-06-30" };

function figureIn(claim: string, hint: string) {
  const f = extractFigures(claim, 0, OPTIONS).find((x) => x.text.includes(hint));
  if (!f) throw new Error(`no figure "${hint}" in test claim: ${claim}`);
  return f;
}

type Row = [claim: string, hint: string, source: string, result: FigureResult, sourceValue: string | undefined, flags: MatchFlag[]];

const ROWS: Row[] = [
  // A bound against the same bound matches; a number inside the claim's bound is within it.
  ["我们同160多个国家开展合作。", "160多", "目前已同160多个国家开展合作。", "matches", "160", ["source-bound"]],
  ["合作伙伴已逾50家。", "逾50", "合作伙伴超过50家。", "matches", "50", ["source-bound"]],
  ["More than 160 countries signed.", "160", "Over 160 countries have signed.", "matches", "160", ["source-bound"]],
  ["我们同160多个国家开展合作。", "160多", "目前已同163个国家开展合作。", "within-rounding", "163", []],
  ["More than 160 countries signed.", "160", "In all, 163 countries have signed.", "within-rounding", "163", []],
  ["我们同超过150个国家开展合作。", "150", "目前已同160多个国家开展合作。", "within-rounding", "160", ["source-bound"]],
  ["我们同160多个国家开展合作。", "160多", "目前已同140多个国家开展合作。", "differs", "140", ["source-bound"]],
  ["我们同160多个国家开展合作。", "160多", "目前已同超过150个国家开展合作。", "not-found", "150", ["source-bound"]],
  ["At least 40 lorries crossed.", "40", "Fewer than 30 lorries crossed the border.", "differs", "30", ["source-bound"]],
  ["约200名志愿者参与。", "200", "参与的志愿者近200名。", "matches", "200", ["source-bound"]],
  // A number whose noun is not in the source is not found, not a difference with another item.
  ["出口口罩120万件。", "120万", "出口防护服150万件、手套80万副。", "not-found", undefined, []],
  ["The city trained 1,500 nurses.", "1,500", "The city trained 1,480 paramedics last year.", "not-found", undefined, []],
  ["该市新建学校12所。", "12所", "该市新建医院15所。", "not-found", undefined, []],
  ["Clinics received 300 fridges.", "300", "Clinics received 320 generators and 45 tents.", "not-found", undefined, []],
  ["该市新建学校12所。", "12所", "该市新建学校15所，医院3所。", "differs", "15", []],
  // A bare number with nothing said about it agrees, or is no evidence.
  ["该市新建学校12所。", "12所", "合计：12所。", "matches", "12", ["noun-unconfirmed"]],
  ["该市新建学校12所。", "12所", "合计：15所。", "not-found", undefined, []],
  // Units converted, and said so.
  ["粮食产量1.2万吨。", "1.2万吨", "粮食产量为12,000,000公斤。", "matches", "12000", ["converted"]],
  ["Grain output was 12 million tonnes.", "12 million", "粮食产量1200万吨。", "matches", "12000000", ["translated"]],
  ["粮食产量1200万吨。", "1200万", "Grain output reached 12 million tonnes.", "matches", "12000000", ["translated"]],
  ["粮食产量1200万吨。", "1200万", "Grain output reached 12 billion kg.", "matches", "12000000", ["converted", "translated"]],
  ["The road is 45 km long.", "45", "新建道路45公里。", "matches", "45", ["translated"]],
  ["The road is 45 km long.", "45", "The road runs 45,000 metres.", "matches", "45", ["converted"]],
  ["新建道路45公里。", "45公里", "The new road runs 46 km.", "differs", "46", ["translated"]],
  ["出生率为7.2‰。", "7.2‰", "出生率为0.72%。", "matches", "7.2", ["converted"]],
  ["装机容量新增85万千瓦。", "85万千瓦", "装机容量新增850兆瓦。", "matches", "850000", ["converted"]],
  // A percentage is not percentage points.
  ["失业率上升2%。", "2%", "失业率上升2个百分点。", "differs", "2", ["percent-vs-points"]],
  ["Unemployment rose 2 percentage points.", "2 percentage", "The unemployment rate rose 2 percentage points.", "matches", "2", []],
  // The glossary, both ways.
  ["全省生产口罩约2.2亿只。", "2.2亿", "The province made 220 million masks.", "matches", "220000000", ["translated"]],
  ["The province made 220 million masks.", "220 million", "全省生产口罩2.2亿只。", "matches", "220000000", ["translated"]],
  ["The province shipped 4,000 ventilators.", "4,000", "全省发运呼吸机3,800台。", "differs", "3800", ["translated"]],
  ["全省发运呼吸机4000台。", "4000", "The province shipped 4,000 ventilators and 2,000 beds.", "matches", "4000", ["translated"]],
  ["全省发运呼吸机4000台。", "4000", "The province shipped 2,000 beds.", "not-found", undefined, []],
  ["国内生产总值增长5.2%。", "5.2%", "GDP grew 5.2% in the first quarter.", "matches", "5.2", ["translated"]],
  ["Exports rose 8.2%.", "8.2%", "出口额增长8.2%。", "matches", "8.2", ["translated"]],
  ["Exports rose 8.2%.", "8.2%", "进口额增长8.2%。", "not-found", undefined, []],
  // A source in traditional characters is read like a simplified one.
  ["全省累计接种疫苗4200万剂次。", "4200万", "全省累計接種疫苗4,200萬劑次。", "matches", "42000000", []],
  ["财政投入2.5亿元。", "2.5亿", "財政投入2.5億元，較上年增加兩成。", "matches", "250000000", []],
  ["出口呼吸机1.2万台。", "1.2万", "出口呼吸機1.3萬臺。", "differs", "13000", []],
];

describe("matchFigure, second round: bounds, nouns, units and languages", () => {
  it("has enough rows to mean something", () => expect(ROWS.length).toBeGreaterThanOrEqual(35));

  it.each(ROWS)("%s [%s] ⟷ %s → %s %s %j", (claim, hint, source, result, sourceValue, flags) => {
    const m = matchFigure(figureIn(claim, hint), claim, source, OPTIONS);
    expect({ result: m.result, sourceValue: m.sourceValue, flags: [...m.flags].sort() }).toEqual({ result, sourceValue, flags: [...flags].sort() });
    if (m.start !== undefined) expect(source.slice(m.start, m.end)).toBe(m.sourceText);
    if (m.passage) expect(m.passage.start).toBeLessThanOrEqual(m.start!);
  });

  it("names the conversion and the translation it used", () => {
    const m = matchFigure(figureIn("粮食产量1200万吨。", "1200万"), "粮食产量1200万吨。", "Grain output reached 12 billion kg.", OPTIONS);
    expect(m.conversion).toEqual({ from: "kg", to: "t" });
    expect(m.translation).toEqual({ concept: "grain" });
    expect(m.reason).toMatch(/converted .* from kg to t/);
    expect(m.reason).toMatch(/glossary \(grain\)/);
  });
});

describe("prepareSource", () => {
  const source = "今年全省生产口罩2.2亿只，防护服1.36亿件，呼吸机3.8万台。The province also shipped 4,000 ventilators abroad.";
  const claims: [string, string][] = [["全省生产口罩约2.2亿只。", "2.2亿"], ["生产防护服1.36亿件。", "1.36亿"], ["出口呼吸机3.8万台。", "3.8万"], ["The province shipped 4,000 ventilators.", "4,000"]];

  it("gives the same proposals as matching the text, for every figure against one reading of the source", () => {
    const prepared = prepareSource(source, OPTIONS);
    for (const [claim, hint] of claims) {
      const f = figureIn(claim, hint);
      expect(matchFigure(f, claim, prepared, OPTIONS)).toEqual(matchFigure(f, claim, source, OPTIONS));
    }
  });

  it("lets a bulletin's figures be checked against prepared sources", () => {
    const sources = [{ id: "a", text: prepareSource("No figures here.", OPTIONS) }, { id: "b", text: prepareSource(source, OPTIONS) }];
    const m = checkFigureAgainstSources(figureIn("生产防护服1.36亿件。", "1.36亿"), "生产防护服1.36亿件。", sources, OPTIONS);
    expect([m.sourceId, m.result, m.sourceValue]).toEqual(["b", "matches", "136000000"]);
  });
});

describe("matchFigure properties", () => {
  const pieces = ["口罩", "160多个", "国家", "2.2亿只", "masks", " 220 million ", "kg", "吨", "12,000", "超过", "约", "%", "个百分点", ", and ", "。", ".", " ", "\n", "$3.5bn", "一季度", "April 2024"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(""));
  const claims: [string, string][] = [["全省生产口罩约2.2亿只。", "2.2亿"], ["我们同160多个国家合作。", "160多"], ["Grain output was 12 million tonnes.", "12 million"], ["失业率上升2%。", "2%"]];

  it("never throws, and a proposal's offsets slice its source number out of the source", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...claims), (source, [claim, hint]) => {
        const m = matchFigure(figureIn(claim, hint), claim, source, OPTIONS);
        expect(["matches", "within-rounding", "differs", "not-found"]).toContain(m.result);
        if (m.start !== undefined) expect(source.slice(m.start, m.end)).toBe(m.sourceText);
        expect(m.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});
