/**
 * npm run bench: the engine on 100 KB and 1 MB against a bare per-paragraph Intl.Segmenter pass
 * over the same 1 MB, measured in the same run. Input: the shared sample when present, else our
 * own fixture, varied (digits and characters rotated) so that no two paragraphs are identical.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseBulletin } from "@/lib/engine";

const root = path.resolve(import.meta.dirname, "..");
const samplePath = path.resolve(root, "../shared/samples/bulletin-zh-covid-cooperation.txt");
const fixturePath = path.join(root, "lib/engine/fixtures/bulletin-zh.txt");
const source = existsSync(samplePath) ? samplePath : fixturePath;
const base = readFileSync(source, "utf8");

const VARY = ["中国", "我国", "各国", "我们"];
function build(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const digitShift = i % 9;
    const varied = base
      .replace(/\d/g, (d) => String((Number(d) + digitShift) % 10))
      .replaceAll("中国", VARY[i % VARY.length]);
    parts.push(varied);
    size += Buffer.byteLength(varied, "utf8") + 1;
  }
  const text = parts.join("\n");
  // Trim to the byte budget on a character boundary.
  let out = text;
  while (Buffer.byteLength(out, "utf8") > bytes) out = out.slice(0, Math.floor(out.length * 0.999));
  return out;
}

let peakRss = process.memoryUsage().rss;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sampleMemory, 5);

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
    sampleMemory();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function bareSegmenterPass(text: string): number {
  const seg = new Intl.Segmenter("zh", { granularity: "sentence" });
  let n = 0;
  for (const para of text.split("\n")) for (const s of seg.segment(para)) n += s.segment.length > 0 ? 1 : 0;
  return n;
}

const oneMb = build(1_000_000);
const hundredKb = build(100_000);
let claims = 0;
const bare = time(() => void bareSegmenterPass(oneMb), 3);
const small = time(() => void (claims = analyseBulletin(hundredKb).claims.length), 5);
const large = time(() => void (claims = analyseBulletin(oneMb).claims.length), 3);
clearInterval(timer);
sampleMemory();

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const ok = (pass: boolean) => (pass ? "ok" : "OVER TARGET");
const ratioBare = large / bare;
const ratioLinear = large / small;
console.log(`input: ${path.relative(root, source)}, varied to 100 KB (${hundredKb.length} chars) and 1 MB (${oneMb.length} chars)`);
console.log(`bare per-paragraph Intl.Segmenter, 1 MB: ${bare.toFixed(0)} ms`);
console.log(`engine, 100 KB: ${small.toFixed(0)} ms`);
console.log(`engine, 1 MB:   ${large.toFixed(0)} ms (${claims} claims)`);
console.log(`engine(1 MB) / bare pass    = ${ratioBare.toFixed(1)}  (target ≤ 25: ${ok(ratioBare <= 25)})`);
console.log(`engine(1 MB) / engine(100 KB) = ${ratioLinear.toFixed(1)}  (target ≤ 12: ${ok(ratioLinear <= 12)})`);
console.log(`peak RSS: ${mb(peakRss)} MB  (target < 300 MB: ${ok(peakRss < 300 * 1024 * 1024)})`);
