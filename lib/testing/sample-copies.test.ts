import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The shared samples are real published texts: the repository may be designed against them but
// must not carry their sentences. CI copies shared/ beside the clone, so this runs there.
const root = path.resolve(import.meta.dirname, "../..");
const samples = path.resolve(root, "../shared/samples");
const RUN = 12;

const sampleFiles = existsSync(samples) ? readdirSync(samples).filter((name) => name.endsWith(".txt")) : [];
if (sampleFiles.length === 0) console.warn(`sample-copies.test.ts: skipped, no sample under ${samples}`);

/** Whitespace removed and NFKC applied, so line breaks and full-width forms hide nothing. */
function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

/** Every run of `length` characters in `text`, by code point. */
function runs(text: string, length: number): Set<string> {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + length <= chars.length; i++) out.add(chars.slice(i, i + length).join(""));
  return out;
}

/** The longest stretches of `text` made of runs found in `forbidden`, merged where they overlap. */
function copiedStretches(text: string, forbidden: Set<string>, length = RUN): string[] {
  const chars = Array.from(text);
  const stretches: string[] = [];
  let from = -1;
  let to = -1;
  for (let i = 0; i + length <= chars.length; i++) {
    if (!forbidden.has(chars.slice(i, i + length).join(""))) continue;
    if (from >= 0 && i <= to) {
      to = i + length;
      continue;
    }
    if (from >= 0) stretches.push(chars.slice(from, to).join(""));
    from = i;
    to = i + length;
  }
  if (from >= 0) stretches.push(chars.slice(from, to).join(""));
  return stretches;
}

describe("copiedStretches", () => {
  it("finds a copied run through line breaks and full-width forms, and nothing in other text", () => {
    const forbidden = runs(normalise("甲乙丙丁戊己庚辛壬癸子丑寅卯"), RUN);
    expect(copiedStretches(normalise("前言：甲乙丙丁戊己\n  庚辛壬癸子丑，后记"), forbidden)).toEqual(["甲乙丙丁戊己庚辛壬癸子丑"]);
    expect(copiedStretches(normalise("甲乙丙丁戊己庚辛壬癸子"), forbidden)).toEqual([]);
    expect(copiedStretches(normalise("ＡＢＣ"), runs("ABC", 3), 3)).toEqual(["ABC"]);
  });
});

describe.skipIf(sampleFiles.length === 0)("the repository carries no sentence of the shared samples", () => {
  it.each(sampleFiles)(`no tracked file holds ${RUN} characters in a row of %s`, (name) => {
    const sample = normalise(readFileSync(path.join(samples, name), "utf8"));
    const forbidden = runs(sample, RUN);
    const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    const copies: string[] = [];
    for (const file of tracked) {
      const full = path.join(root, file);
      if (!existsSync(full)) continue;
      const bytes = readFileSync(full);
      if (bytes.includes(0)) continue;
      const text = normalise(bytes.toString("utf8"));
      if (text === sample) continue;
      for (const stretch of copiedStretches(text, forbidden)) copies.push(`${file}: ${stretch}`);
    }
    expect(copies).toEqual([]);
  });
});
