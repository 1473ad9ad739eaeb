import { describe, expect, it } from "vitest";
import { extractFigures } from "../engine";
import { proposeBulletinFigures, type BulletinFigure } from "./bulletin-proposals";
import { checkFigureAgainstSources, prepareSource } from "./match-figure";

function figureOf(id: string, claimId: string, context: string): BulletinFigure {
  return { id, claimId, figure: extractFigures(context)[0], context };
}

const figures = [
  figureOf("f1", "c1", "全市新增就业岗位1.2万个。"),
  figureOf("f2", "c2", "全市粮食产量为85.3万吨。"),
  figureOf("f3", "c3", "Exports rose to 4,210 containers."),
];
const sources = [
  { id: "bulletin", text: "一季度，全市新增就业岗位12,000个。全市粮食产量为90万吨。", extra: "kept" },
  { id: "own-c2", text: "全年全市粮食产量为85.3万吨，比上年增长2%。" },
  { id: "own-c1", text: "全市新增就业岗位1.5万个。" },
];
const of = { bulletinSourceIds: ["bulletin"], claimSources: new Map([["c2", ["own-c2"]], ["c3", ["missing"]]]) };

describe("proposeBulletinFigures", () => {
  it("proposes the best over the bulletin's sources and the claim's own, and nothing from another claim's", () => {
    const out = proposeBulletinFigures(figures, sources, of);
    expect(out.map((p) => [p.figureId, p.claimId, p.match.result, p.match.sourceId])).toEqual([
      ["f1", "c1", "matches", "bulletin"],
      ["f2", "c2", "matches", "own-c2"],
      ["f3", "c3", "not-found", "bulletin"],
    ]);
  });

  it("gives what checkFigureAgainstSources gives for each figure", () => {
    const out = proposeBulletinFigures(figures, sources, of);
    const f2 = checkFigureAgainstSources(figures[1].figure, figures[1].context, [sources[0], sources[1]].map((s) => ({ id: s.id, text: prepareSource(s.text) })));
    expect(out[1].match).toEqual(f2);
  });

  it("with no sources at all, every figure is not found", () => {
    const out = proposeBulletinFigures(figures, [], { bulletinSourceIds: [], claimSources: new Map() });
    expect(out.every((p) => p.match.result === "not-found" && p.match.sourceId === undefined)).toBe(true);
  });
});
