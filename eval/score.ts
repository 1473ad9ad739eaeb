import { analyseBulletin, type EngineResult, type Figure } from "@/lib/engine";
import type { GoldBulletin, GoldFigure } from "./gold";

export interface Score {
  name: string;
  genre: string;
  figures: number;
  /** Gold figures the engine found with the right value (and range end). */
  valueHits: number;
  /** … and the right kind, unit, approximation and currency too. */
  fullHits: number;
  /** Engine figures where the gold has none. */
  falseFigures: number;
  /** Gold figures that two or more claims hold (dates repeated as shared context aside). */
  sharedFigures: number;
  lists: number;
  listHits: number;
  /** Engine list checks that no gold list matches. */
  falseLists: number;
  claims: number;
  statementHits: number;
  misses: string[];
}

/** Statements compare without outer whitespace or final punctuation; full-width punctuation counts, as a reader sees it. */
export const normaliseStatement = (s: string) => s.replace(/\s+/g, " ").trim().replace(/[。.!?！？;；]+$/, "").trim();

const sameValue = (a: number | string | undefined, b: number | string | undefined) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

/** Offsets of each gold text in the cleaned text, in order: a repeated text is found after the end of the previous one. */
function locate(clean: string, texts: string[], what: string): number[] {
  let cursor = 0;
  return texts.map((t) => {
    let at = clean.indexOf(t, cursor);
    if (at < 0) at = clean.indexOf(t);
    if (at < 0) throw new Error(`gold ${what} not in the cleaned text: ${t}`);
    cursor = at + t.length;
    return at;
  });
}

function valueRight(g: GoldFigure, f: Figure): boolean {
  if (g.value === null) return f.vague === true;
  return sameValue(g.value, f.value) && sameValue(g.valueMax, f.valueMax);
}

function fieldsRight(g: GoldFigure, f: Figure): boolean {
  return valueRight(g, f) && g.kind === f.kind && g.unit === f.unit && g.approx === f.approx && (g.currency ?? undefined) === (f.currency ?? undefined);
}

/** Scores one bulletin; `result` may be passed when the caller already analysed it. */
export function scoreBulletin(gold: GoldBulletin, result: EngineResult = analyseBulletin(gold.text, { publishedOn: gold.publishedOn, language: gold.language })): Score {
  const clean = result.cleanText;
  const misses: string[] = [];
  // A figure's claims: those that hold it, own or inherited (dates shared as context do not count).
  const own = new Map<string, { figure: Figure; claims: number }>();
  for (const c of result.claims) {
    for (const f of c.figures) {
      const key = `${f.start}:${f.end}`;
      const seen = own.get(key);
      const counts = !f.inherited || (f.kind !== "date" && f.kind !== "date-range");
      if (seen) seen.claims += counts ? 1 : 0;
      else own.set(key, { figure: f, claims: counts ? 1 : 0 });
    }
  }
  const found = [...own.values()];
  const starts = locate(clean, gold.figures.map((g) => g.text), "figure");
  const used = new Set<Figure>();
  let valueHits = 0;
  let fullHits = 0;
  let sharedFigures = 0;
  gold.figures.forEach((g, i) => {
    const start = starts[i];
    const end = start + g.text.length;
    const overlapping = found
      .filter(({ figure: f }) => f.start < end && start < f.end)
      .sort((a, b) => Math.min(b.figure.end, end) - Math.max(b.figure.start, start) - (Math.min(a.figure.end, end) - Math.max(a.figure.start, start)));
    overlapping.forEach((o) => used.add(o.figure));
    const hit = overlapping[0];
    if (!hit) {
      misses.push(`missed figure ${g.text}`);
      return;
    }
    if (hit.claims > 1) sharedFigures++;
    if (!valueRight(g, hit.figure)) {
      misses.push(`wrong value ${g.text}: ${JSON.stringify(hit.figure.value)}${hit.figure.valueMax !== undefined ? `..${hit.figure.valueMax}` : ""}`);
      return;
    }
    valueHits++;
    if (fieldsRight(g, hit.figure)) fullHits++;
    else misses.push(`fields ${g.text}: ${hit.figure.kind} ${hit.figure.unit ?? "-"} ${hit.figure.approx}${hit.figure.currency ? ` ${hit.figure.currency}` : ""}`);
  });
  const falseFigures = found.filter((o) => !used.has(o.figure));
  for (const o of falseFigures) misses.push(`false figure ${o.figure.text}`);

  const checks = result.claims.flatMap((c) => c.checks).filter((k, i, all) => all.findIndex((x) => x.start === k.start && x.end === k.end) === i);
  const listStarts = locate(clean, gold.lists.map((l) => l.at), "list");
  const matchedChecks = new Set<object>();
  let listHits = 0;
  gold.lists.forEach((l, i) => {
    const at = listStarts[i];
    const check = checks.find((k) => k.start <= at + l.at.length && at <= k.end && k.stated === l.stated);
    if (check) matchedChecks.add(check);
    const ok = l.mode === "exact" ? l.listed === l.stated : l.listed <= l.stated;
    if (check && check.listed === l.listed && check.ok === ok) listHits++;
    else misses.push(`list ${l.at}: ${check ? `stated ${check.stated}, listed ${check.listed}, ok ${check.ok}` : "no check"}`);
  });
  const falseLists = checks.filter((k) => !matchedChecks.has(k));
  for (const k of falseLists) misses.push(`false list check: stated ${k.stated}, listed ${k.listed}`);

  const statements = new Set(result.claims.map((c) => normaliseStatement(c.statement)));
  let statementHits = 0;
  for (const c of gold.claims) {
    const forms = [c.statement, ...(c.accepted ?? [])].map(normaliseStatement);
    if (forms.some((s) => statements.has(s))) statementHits++;
    else misses.push(`statement: ${c.statement}`);
  }
  return {
    name: gold.name, genre: gold.genre, figures: gold.figures.length, valueHits, fullHits, falseFigures: falseFigures.length,
    sharedFigures, lists: gold.lists.length, listHits, falseLists: falseLists.length, claims: gold.claims.length, statementHits, misses,
  };
}

/** The sums over all bulletins, as one score. */
export function total(scores: Score[]): Score {
  const sum = (k: keyof Score) => scores.reduce((n, s) => n + (s[k] as number), 0);
  return {
    name: "all", genre: "", figures: sum("figures"), valueHits: sum("valueHits"), fullHits: sum("fullHits"), falseFigures: sum("falseFigures"),
    sharedFigures: sum("sharedFigures"), lists: sum("lists"), listHits: sum("listHits"), falseLists: sum("falseLists"), claims: sum("claims"),
    statementHits: sum("statementHits"), misses: [],
  };
}

export interface Rates {
  valueRecall: number;
  fullFieldRecall: number;
  falseFigures: number;
  listChecksRight: number;
  statementQuality: number;
}

export function rates(s: Score): Rates {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    valueRecall: ratio(s.valueHits, s.figures),
    fullFieldRecall: ratio(s.fullHits, s.figures),
    falseFigures: s.falseFigures,
    listChecksRight: ratio(s.listHits, s.lists),
    statementQuality: ratio(s.statementHits, s.claims),
  };
}
