/**
 * npm run bench: the engine on 100 KB and 1 MB against a bare per-paragraph Intl.Segmenter pass
 * over the same 1 MB, measured in the same run. Input: a mixed corpus of the shared sample (when
 * present) and the eval bulletins, Chinese and English, varied (digits rotated) so that no two
 * paragraphs are identical.
 * 1. Memory: the engine alone, warm, on both sizes; its peak RSS is read before the baseline ever
 *    runs, because segmenting whole 1 MB paragraphs in one go leaves ICU memory behind that is
 *    the baseline's, not the engine's.
 * 2. Time: the bare pass and the engine in alternation, round after round, so both see the same
 *    load on a shared machine; each figure is the median of its rounds.
 * 3. The figure matcher: every figure of the 100 KB corpus against one prepared source, beside
 *    the time to read that source once.
 */
import path from "node:path";
import { analyseBulletin } from "@/lib/engine";
import { matchFigure, prepareSource } from "@/lib/evidence";
import { buildMixedBulletin, mixedSources } from "./corpus";

const root = path.resolve(import.meta.dirname, "..");
const startRss = process.memoryUsage().rss;
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const ok = (pass: boolean) => (pass ? "ok" : "OVER TARGET");
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function bareSegmenterPass(text: string): number {
  const seg = new Intl.Segmenter("zh", { granularity: "sentence" });
  let n = 0;
  for (const para of text.split("\n")) for (const s of seg.segment(para)) n += s.segment.length > 0 ? 1 : 0;
  return n;
}

const oneMb = buildMixedBulletin(1_000_000);
const hundredKb = buildMixedBulletin(100_000);

for (let i = 0; i < 3; i++) {
  analyseBulletin(hundredKb);
  analyseBulletin(oneMb);
}
const engineRss = process.resourceUsage().maxRSS * 1024;

let claims = 0;
const ROUNDS = 7;
const bareTimes: number[] = [];
const smallTimes: number[] = [];
const largeTimes: number[] = [];
bareSegmenterPass(oneMb);
for (let round = 0; round < ROUNDS; round++) {
  bareTimes.push(timed(() => void bareSegmenterPass(oneMb)));
  smallTimes.push(timed(() => void analyseBulletin(hundredKb)));
  largeTimes.push(timed(() => void (claims = analyseBulletin(oneMb).claims.length)));
}
const bare = median(bareTimes);
const small = median(smallTimes);
const large = median(largeTimes);

// The matcher: each figure of the 100 KB corpus against one source (an eval bulletin of each language).
const small100 = analyseBulletin(hundredKb);
const figures = small100.claims.flatMap((c) => c.figures.filter((f) => !f.inherited).map((f) => ({ f, context: c.statement })));
const sourceText = buildMixedBulletin(20_000);
const prepare = median(Array.from({ length: 5 }, () => timed(() => void prepareSource(sourceText))));
const prepared = prepareSource(sourceText);
const matching = median(Array.from({ length: 3 }, () => timed(() => { for (const { f, context } of figures) matchFigure(f, context, prepared); })));

const ratioBare = large / bare;
const ratioLinear = large / small;
console.log(`input: ${mixedSources.map((f) => path.relative(root, f)).join(", ")}; varied to 100 KB (${hundredKb.length} chars) and 1 MB (${oneMb.length} chars); median of ${ROUNDS} alternating rounds`);
console.log(`bare per-paragraph Intl.Segmenter, 1 MB: ${bare.toFixed(1)} ms`);
console.log(`engine, 100 KB: ${small.toFixed(0)} ms`);
console.log(`engine, 1 MB:   ${large.toFixed(0)} ms (${claims} claims)`);
console.log(`engine(1 MB) / bare pass    = ${ratioBare.toFixed(1)}  (target ≤ 20: ${ok(ratioBare <= 20)})`);
console.log(`engine(1 MB) / engine(100 KB) = ${ratioLinear.toFixed(1)}  (target ≤ 11: ${ok(ratioLinear <= 11)})`);
console.log(`peak RSS of the engine: ${mb(engineRss)} MB (${mb(startRss)} MB at start; the whole run with the baseline: ${mb(process.resourceUsage().maxRSS * 1024)} MB)  (target < 300 MB: ${ok(engineRss < 300 * 1024 * 1024)})`);
console.log(`figure matcher: ${figures.length} figures × one ${sourceText.length}-character source in ${matching.toFixed(0)} ms (${((1000 * matching) / figures.length).toFixed(0)} µs a figure); reading the source once: ${prepare.toFixed(0)} ms`);
