import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Approx, FigureKind, Language } from "@/lib/engine";

/** One figure a careful reader finds in a bulletin. `value` null: a word for a number that gives none (`dozens`). */
export interface GoldFigure {
  text: string;
  kind: FigureKind;
  value: number | string | null;
  valueMax?: number | string;
  unit: string | null;
  approx: Approx;
  currency?: string;
}

export interface GoldList {
  /** Text near the stated count, to find the list in the cleaned text. */
  at: string;
  stated: number;
  listed: number;
  mode: "exact" | "at-most";
}

export interface GoldClaim {
  statement: string;
  /** Other statements an editor would accept as well. */
  accepted?: string[];
}

export interface GoldBulletin {
  name: string;
  title: string;
  genre: string;
  language: Language;
  publishedOn?: string;
  text: string;
  figures: GoldFigure[];
  lists: GoldList[];
  claims: GoldClaim[];
}

const KINDS = new Set<FigureKind>(["count", "quantity", "money", "percent", "date", "date-range", "ordinal"]);
const APPROX = new Set<Approx>(["exact", "about", "more-than", "less-than", "at-least", "at-most"]);

const scalar = (s: string): number | string => (/^-?\d+(?:\.\d+)?(?:e\d+)?$/.test(s) ? Number(s) : s);

/**
 * A figure written on one line: `text | kind | value | unit | approx | currency`. `value` may be a
 * range `a..b` or `*` (no value); `unit` `-` for none; approx defaults to exact.
 */
export function parseGoldFigure(line: string): GoldFigure {
  const [text, kind, value, unit = "-", approx = "exact", currency] = line.split(" | ").map((s) => s.trim());
  if (!text || !KINDS.has(kind as FigureKind)) throw new Error(`gold figure with a bad kind: ${line}`);
  if (!APPROX.has(approx as Approx)) throw new Error(`gold figure with a bad approximation: ${line}`);
  if (value === undefined) throw new Error(`gold figure without a value: ${line}`);
  const [low, high] = value.split("..");
  // Dates are ISO strings, even a bare year.
  const read = kind === "date" || kind === "date-range" ? (v: string) => v : scalar;
  const figure: GoldFigure = { text, kind: kind as FigureKind, value: low === "*" ? null : read(low), unit: unit === "-" ? null : unit, approx: approx as Approx };
  if (high !== undefined) figure.valueMax = read(high);
  if (currency) figure.currency = currency;
  return figure;
}

interface GoldFile {
  title: string;
  genre: string;
  language: Language;
  publishedOn?: string;
  figures: string[];
  lists?: GoldList[];
  claims: (string | GoldClaim)[];
}

export const EVAL_DIR = import.meta.dirname;

/** Every bulletin under eval/bulletins with its gold annotation from eval/gold. */
export function loadGold(dir = EVAL_DIR): GoldBulletin[] {
  const names = readdirSync(path.join(dir, "gold")).filter((f) => f.endsWith(".json")).sort();
  return names.map((file) => {
    const name = file.replace(/\.json$/, "");
    const gold = JSON.parse(readFileSync(path.join(dir, "gold", file), "utf8")) as GoldFile;
    return {
      name,
      title: gold.title,
      genre: gold.genre,
      language: gold.language,
      publishedOn: gold.publishedOn,
      text: readFileSync(path.join(dir, "bulletins", `${name}.txt`), "utf8"),
      figures: gold.figures.map(parseGoldFigure),
      lists: gold.lists ?? [],
      claims: gold.claims.map((c) => (typeof c === "string" ? { statement: c } : c)),
    };
  });
}
