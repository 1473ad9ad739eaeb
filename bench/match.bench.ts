/**
 * npm run bench:match: proposals for 2,000 figures of a bulletin against 20 sources of 50 KB each
 * (the bulletin's own), against a bare scan of the same sources for each figure's digits, measured
 * in the same run. Input: the eval bulletins (Chinese, English, mixed; not the shared sample), each
 * source and the bulletin varied by rotating digits and swapping words so no two are alike.
 * Baseline: for every figure, every occurrence of its value's digits in every source by indexOf,
 * the least any matcher without an index does. A single pass over all sources for digit runs is
 * printed beside it for scale.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseBulletin } from "@/lib/engine";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { proposeBulletinFigures, proposeInSteps, type BulletinFigure } from "@/lib/evidence/bulletin-proposals";

const root = path.resolve(import.meta.dirname, "..");
const evalDir = path.join(root, "eval/bulletins");
const bases = readdirSync(evalDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(evalDir, f), "utf8"));
const SWAPS: [RegExp, string[]][] = [[/全国/g, ["全省", "全市", "全区", "全县"]], [/the country/g, ["the region", "the province", "the city", "the state"]]];

/** A text of about `bytes` UTF-8 bytes, the eval bulletins in turn from `offset`, each round's digits rotated by `seed`. */
function generated(bytes: number, seed: number, offset: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const shift = (seed + Math.floor(i / bases.length)) % 10;
    let text = bases[(offset + i) % bases.length].replace(/\d/g, (d) => String((Number(d) + shift) % 10));
    for (const [from, to] of SWAPS) text = text.replace(from, to[(seed + i) % to.length]);
    parts.push(text);
    size += Buffer.byteLength(text, "utf8") + 1;
  }
  return parts.join("\n").slice(0, Math.floor(parts.join("\n").length * (bytes / size)));
}

const SOURCES = 20;
const FIGURES = 2000;
const sources = Array.from({ length: SOURCES }, (_, i) => ({ id: `s${i}`, title: `source ${i}`, text: generated(50_000, i, i) }));
const figures: BulletinFigure[] = [];
for (let round = 0; figures.length < FIGURES; round++) {
  const analysis = analyseBulletin(generated(60_000, round + 3, round * 5));
  analysis.claims.forEach((c, ci) => c.figures.filter((f) => !f.inherited).forEach((f, fi) => {
    if (figures.length < FIGURES) figures.push({ id: `f${round}-${ci}-${fi}`, claimId: `c${round}-${ci}`, figure: f, context: c.statement });
  }));
}
const of = { bulletinSourceIds: sources.map((s) => s.id), claimSources: new Map<string, string[]>() };

function bareScan(): number {
  let hits = 0;
  for (const { figure } of figures) {
    const digits = String(figure.value).replace(/\D/g, "");
    if (!digits) continue;
    for (const s of sources) for (let at = s.text.indexOf(digits); at >= 0; at = s.text.indexOf(digits, at + 1)) hits++;
  }
  return hits;
}

function digitRuns(): number {
  let runs = 0;
  for (const s of sources) runs += s.text.match(/\d+/g)?.length ?? 0;
  return runs;
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

bareScan();
proposeBulletinFigures(figures.slice(0, 50), sources, of);
const ROUNDS = 3;
const bare: number[] = [];
const runs: number[] = [];
const full: number[] = [];
let results: Record<string, number> = {};
for (let r = 0; r < ROUNDS; r++) {
  bare.push(timed(bareScan).ms);
  runs.push(timed(digitRuns).ms);
  const t = timed(() => proposeBulletinFigures(figures, sources, of));
  full.push(t.ms);
  results = {};
  for (const p of t.value) results[p.match.result] = (results[p.match.result] ?? 0) + 1;
}
const bareMs = median(bare);
const fullMs = median(full);
const ratio = fullMs / bareMs;
const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text, "utf8"), 0);
console.log(`input: ${figures.length} figures (${new Set(figures.map((f) => f.claimId)).size} claims) × ${sources.length} sources, ${(bytes / 1024).toFixed(0)} KB in all, generated from eval/bulletins; median of ${ROUNDS} alternating rounds`);
console.log(`bare scan (each figure's digits in every source by indexOf): ${bareMs.toFixed(0)} ms; one pass for digit runs over all sources: ${median(runs).toFixed(1)} ms`);
console.log(`proposals for the whole bulletin (each source read once): ${fullMs.toFixed(0)} ms  ${JSON.stringify(results)}`);
console.log(`proposals / bare scan = ${ratio.toFixed(1)}  (target ≤ 50: ${ratio <= 50 ? "ok" : "OVER TARGET"}); under 5 s: ${fullMs < 5000 ? "ok" : "OVER TARGET"}`);

// The background job's path: the same proposals in steps, the event loop let go between them
// (its database reads and writes are not counted); how long the loop was held at most.
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const stepped = performance.now();
void proposeInSteps(figures, sources, of).then((inSteps) => {
  const steppedMs = performance.now() - stepped;
  loop.disable();
  const same = JSON.stringify(inSteps) === JSON.stringify(proposeBulletinFigures(figures, sources, of));
  console.log(`in steps, as the background job: ${steppedMs.toFixed(0)} ms, event loop held at most ${(loop.max / 1e6).toFixed(0)} ms; same proposals: ${same ? "yes" : "NO"}`);
});
