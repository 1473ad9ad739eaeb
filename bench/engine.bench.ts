/**
 * npm run bench: the engine on 100 KB and 1 MB against a bare per-paragraph Intl.Segmenter pass
 * over the same 1 MB, measured in the same run. Input: the shared sample when present, else our
 * own fixture, varied (digits and characters rotated) so that no two paragraphs are identical.
 * The bare pass and the engine run in alternation, round after round, so both see the same load
 * on a shared machine; each figure is the median of its rounds.
 */
import path from "node:path";
import { analyseBulletin } from "@/lib/engine";
import { buildBulletin, corpusSource } from "./corpus";

const root = path.resolve(import.meta.dirname, "..");

let peakRss = process.memoryUsage().rss;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sampleMemory, 5);

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  const elapsed = performance.now() - t;
  sampleMemory();
  return elapsed;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];

function bareSegmenterPass(text: string): number {
  const seg = new Intl.Segmenter("zh", { granularity: "sentence" });
  let n = 0;
  for (const para of text.split("\n")) for (const s of seg.segment(para)) n += s.segment.length > 0 ? 1 : 0;
  return n;
}

const oneMb = buildBulletin(1_000_000);
const hundredKb = buildBulletin(100_000);
let claims = 0;
const ROUNDS = 7;
const bareTimes: number[] = [];
const smallTimes: number[] = [];
const largeTimes: number[] = [];
analyseBulletin(oneMb); // warm-up
bareSegmenterPass(oneMb);
for (let round = 0; round < ROUNDS; round++) {
  bareTimes.push(timed(() => void bareSegmenterPass(oneMb)));
  smallTimes.push(timed(() => void analyseBulletin(hundredKb)));
  largeTimes.push(timed(() => void (claims = analyseBulletin(oneMb).claims.length)));
}
clearInterval(timer);
sampleMemory();
const bare = median(bareTimes);
const small = median(smallTimes);
const large = median(largeTimes);

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const ok = (pass: boolean) => (pass ? "ok" : "OVER TARGET");
const ratioBare = large / bare;
const ratioLinear = large / small;
console.log(`input: ${path.relative(root, corpusSource)}, varied to 100 KB (${hundredKb.length} chars) and 1 MB (${oneMb.length} chars); median of ${ROUNDS} alternating rounds`);
console.log(`bare per-paragraph Intl.Segmenter, 1 MB: ${bare.toFixed(1)} ms`);
console.log(`engine, 100 KB: ${small.toFixed(0)} ms`);
console.log(`engine, 1 MB:   ${large.toFixed(0)} ms (${claims} claims)`);
console.log(`engine(1 MB) / bare pass    = ${ratioBare.toFixed(1)}  (target ≤ 25: ${ok(ratioBare <= 25)})`);
console.log(`engine(1 MB) / engine(100 KB) = ${ratioLinear.toFixed(1)}  (target ≤ 12: ${ok(ratioLinear <= 12)})`);
console.log(`peak RSS: ${mb(peakRss)} MB  (target < 300 MB: ${ok(peakRss < 300 * 1024 * 1024)})`);
