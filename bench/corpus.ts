import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Benchmark input: the shared sample when present, else our own fixture, repeated with digits and
// a few words varied so that no two paragraphs are identical.

const root = path.resolve(import.meta.dirname, "..");
const samplePath = path.resolve(root, "../shared/samples/bulletin-zh-covid-cooperation.txt");
const fixturePath = path.join(root, "lib/engine/fixtures/bulletin-zh.txt");

export const corpusSource = existsSync(samplePath) ? samplePath : fixturePath;

const VARY = ["中国", "我国", "各国", "我们"];

/** A bulletin of about `bytes` UTF-8 bytes. */
export function buildBulletin(bytes: number): string {
  const base = readFileSync(corpusSource, "utf8");
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const digitShift = i % 9;
    const varied = base.replace(/\d/g, (d) => String((Number(d) + digitShift) % 10)).replaceAll("中国", VARY[i % VARY.length]);
    parts.push(varied);
    size += Buffer.byteLength(varied, "utf8") + 1;
  }
  let out = parts.join("\n");
  while (Buffer.byteLength(out, "utf8") > bytes) out = out.slice(0, Math.floor(out.length * 0.999));
  return out;
}

const evalDir = path.join(root, "eval/bulletins");

/** The mixed corpus's inputs: the shared sample (when present) and every eval bulletin, Chinese and English. */
export const mixedSources = [...(existsSync(samplePath) ? [samplePath] : []), ...readdirSync(evalDir).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(evalDir, f))];

/**
 * A mixed bulletin of about `bytes` UTF-8 bytes: the sample and the eval bulletins (statistics,
 * ministry, press releases, speeches, tables, mixed Chinese/English) in turn, digits rotated
 * each round so that no two paragraphs are identical.
 */
export function buildMixedBulletin(bytes: number): string {
  const bases = mixedSources.map((f) => readFileSync(f, "utf8"));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const shift = Math.floor(i / bases.length) % 9;
    const varied = bases[i % bases.length].replace(/\d/g, (d) => String((Number(d) + shift + 1) % 10));
    parts.push(varied);
    size += Buffer.byteLength(varied, "utf8") + 1;
  }
  let out = parts.join("\n");
  while (Buffer.byteLength(out, "utf8") > bytes) out = out.slice(0, Math.floor(out.length * 0.999));
  return out;
}

/** The median of `runs` timed calls after one warm-up, in milliseconds. */
export async function median(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
