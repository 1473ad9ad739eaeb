import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Noto Sans SC ships with the project (@fontsource/noto-sans-sc): Chinese, Latin and punctuation,
// cut by the package into ~100 files per weight by Unicode range. A card loads only the files its
// text needs, so nothing is downloaded and little is parsed.

export type CardWeight = 400 | 700;
export type CardFont = { name: string; data: Buffer; weight: CardWeight; style: "normal" };

export const FONT_FAMILY = "Noto Sans SC";

// satori keeps one font per family name and falls back across names character by character, so
// each cut of the font gets a name of its own (the same one at both weights).
type Subset = { name: string; file: string; ranges: [number, number][] };

function packageDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans-sc/package.json"));
  } catch {
    // A bundled server cannot always resolve packages; the app runs from the project folder.
    return path.join(process.cwd(), "node_modules/@fontsource/noto-sans-sc");
  }
}

/** The package's @font-face rules for one weight: which .woff file covers which code points. */
function subsetsOf(weight: CardWeight): Subset[] {
  const dir = packageDir();
  const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
  const subsets: Subset[] = [];
  for (const face of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(face)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [from, to] = r.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
    const cut = /noto-sans-sc-(.+)-\d00-normal\.woff$/.exec(file)?.[1] ?? file;
    subsets.push({ name: `${FONT_FAMILY} ${cut}`, file: path.join(dir, file), ranges });
  }
  return subsets;
}

const subsetCache = new Map<CardWeight, Subset[]>();
const fileCache = new Map<string, Buffer>();

/** The font files that cover every character of `text` the font has, in the package's order. */
export function fontsFor(text: string, weight: CardWeight): CardFont[] {
  let subsets = subsetCache.get(weight);
  if (!subsets) subsetCache.set(weight, (subsets = subsetsOf(weight)));
  const needed = new Set<Subset>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const subset = subsets.find((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
    if (subset) needed.add(subset);
  }
  return [...needed].map((s) => {
    let data = fileCache.get(s.file);
    if (!data) fileCache.set(s.file, (data = readFileSync(s.file)));
    return { name: s.name, data, weight, style: "normal" };
  });
}
