import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseBulletin, extractFigures, type Figure } from "../engine";
import { proposeBulletinFigures, type BulletinFigure } from "./bulletin-proposals";
import { matchFigure, matchFigureReadingAll, prepareSource, type FigureMatch, type PreparedSource } from "./match-figure";

// The value index and the stop at a first match must change no proposal: every figure of a varied
// corpus is matched both ways, against its own source as written, with digits moved (differences,
// rounding) and against sources in the other language.

const evalDir = path.resolve(import.meta.dirname, "../../eval/bulletins");
const bases = readdirSync(evalDir).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f, text: readFileSync(path.join(evalDir, f), "utf8") }));

/** Every third number's last digit moved by one: some claims then differ, some still round to the source. */
const nudged = (text: string) => {
  let k = 0;
  return text.replace(/\d(?!\d)/g, (d) => (k++ % 3 === 0 ? String((Number(d) + 1) % 10) : d));
};

const HAND_WRITTEN = [
  "全国粮食产量69541万吨，比上年增加888.1万吨。全年国内生产总值1260582亿元，增长5.2%。出口口罩约2.2亿只，防护服3000多万套，失业率为5.1%，比上年下降0.3个百分点。",
  "Grain output was 695.41 million tonnes, or 695,410,000,000 kg. Exports were between 1,200 and 1,500 containers; unemployment fell 0.3 percentage points to 5.1%. About 22 300 000 000 masks and 2.23e10 gloves were shipped.",
  "| 指标 | 2023年 | 2022年 |\n| 粮食产量(万吨) | 69541 | 68653 |\n| 进口(亿美元) | 180 | 175 |\n| 就业人数(万人) | 1.2 | 1.1 |",
];

function figuresOf(text: string, tag: string): BulletinFigure[] {
  return analyseBulletin(text).claims.flatMap((c, ci) => c.figures.filter((f) => !f.inherited).map((figure, fi) => ({ id: `${tag}-${ci}-${fi}`, claimId: `${tag}-${ci}`, figure, context: c.statement })));
}

const zh = bases.filter((b) => b.name.startsWith("zh"));
const en = bases.filter((b) => b.name.startsWith("en"));
const cases: { figures: BulletinFigure[]; sources: { id: string; text: string }[] }[] = [
  ...bases.map((b, i) => ({
    figures: figuresOf(b.text, b.name),
    sources: [
      { id: `${b.name}`, text: b.text },
      { id: `${b.name}~`, text: nudged(b.text) },
      { id: "other-language", text: (b.name.startsWith("zh") ? en : zh)[i % 5].text },
      ...HAND_WRITTEN.map((text, h) => ({ id: `hand-${h}`, text })),
    ],
  })),
  { figures: HAND_WRITTEN.flatMap((t, h) => figuresOf(t, `hand-${h}`)), sources: [...HAND_WRITTEN.map((text, h) => ({ id: `hand-${h}`, text: nudged(text) })), { id: "mixed", text: bases.find((b) => b.name.startsWith("mixed"))!.text }] },
];

const RANK: Record<FigureMatch["result"], number> = { matches: 0, "within-rounding": 1, differs: 2, "not-found": 3 };

/** The best over every source, each read in full: what proposeBulletinFigures gave before the value index. */
function readingAll(figure: Figure, context: string, sources: { id: string; text: PreparedSource }[]) {
  let best: (FigureMatch & { sourceId: string }) | null = null;
  for (const s of sources) {
    const m = { ...matchFigureReadingAll(figure, context, s.text), sourceId: s.id };
    if (!best || RANK[m.result] < RANK[best.result]) best = m;
  }
  return best!;
}

describe("matching through the value index", () => {
  it("proposes for every figure and source exactly what reading every number proposes", () => {
    const seen: Record<string, number> = {};
    const flags = new Set<string>();
    let pairs = 0;
    for (const { figures, sources } of cases) {
      const prepared = sources.map((s) => ({ id: s.id, text: prepareSource(s.text) }));
      for (const f of figures) {
        for (const s of prepared) {
          const fast = matchFigure(f.figure, f.context, s.text);
          expect(fast, `${f.id} (${f.figure.text}) in ${s.id}`).toEqual(matchFigureReadingAll(f.figure, f.context, s.text));
          seen[fast.result] = (seen[fast.result] ?? 0) + 1;
          fast.flags.forEach((x) => flags.add(x));
          pairs++;
        }
      }
    }
    // The corpus must exercise every outcome, or the comparison proves little.
    expect(pairs).toBeGreaterThan(2000);
    for (const result of ["matches", "within-rounding", "differs", "not-found"]) expect(seen[result], result).toBeGreaterThan(20);
    expect([...flags].sort()).toEqual(expect.arrayContaining(["converted", "noun-unconfirmed", "percent-vs-points", "source-bound", "translated"]));
  });

  it("gives a bulletin's proposals as the best over all its sources, though it stops at a first match", () => {
    for (const { figures, sources } of cases) {
      const of = { bulletinSourceIds: sources.map((s) => s.id), claimSources: new Map<string, string[]>() };
      const prepared = sources.map((s) => ({ id: s.id, text: prepareSource(s.text) }));
      const out = proposeBulletinFigures(figures, sources, of);
      expect(out.map((p) => p.match)).toEqual(figures.map((f) => readingAll(f.figure, f.context, prepared)));
    }
  });

  it("finds a bare number only through its value and a unit that can state it", () => {
    const source = prepareSource("| 2023 | 2022 |\n| 69541 | 68653 |\n| 1.2 | 4,210 |");
    const figure = extractFigures("Exports rose to 4,210 containers.")[0];
    expect(matchFigure(figure, "Exports rose to 4,210 containers.", source)).toMatchObject({ result: "matches", sourceText: "4,210", flags: ["noun-unconfirmed"] });
    const far = extractFigures("Exports rose to 42,100 containers.")[0];
    expect(matchFigure(far, "Exports rose to 42,100 containers.", source).result).toBe("not-found");
  });
});
