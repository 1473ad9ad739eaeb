import { extractFigures, type ExtractOptions, type Figure } from "../engine";
import { headTerm, nearWords, overlap, sentenceAround, terms, type NearWords, type Span } from "./context-words";
import { decideDate, decideNumber, sameDate, type Decision, type FigureResult } from "./decide";
import { decimalOf, toDecimalString } from "./exact";
import { readSourceNumbers, type SourceNumber } from "./numbers";
import { isChineseClassifier, measureFamily } from "./units";

export type { FigureResult } from "./decide";

export interface FigureMatch {
  result: FigureResult;
  /** Exact decimal string (or ISO date) of the source number. */
  sourceValue?: string;
  /** The source number as written. */
  sourceText?: string;
  start?: number;
  end?: number;
  /** The sentence around the source number. */
  passage?: Span;
  relativeDifference?: number;
  reason: string;
}

export type MatchOptions = ExtractOptions;

const DATES = new Set(["date", "date-range", "ordinal"]);

/** Can this source number state the claim's figure at all? Money, counts, percentages and dates never mix. */
function compatible(claim: Figure, s: SourceNumber): boolean {
  if (DATES.has(claim.kind) || DATES.has(s.kind)) return claim.kind === s.kind;
  if (claim.kind === "percent" || s.kind === "percent") {
    return claim.kind === s.kind && measureFamily(claim.unit ?? "%") === measureFamily(s.unit ?? "%");
  }
  if (claim.kind === "money") return s.kind === "money" || (s.kind === "count" && s.unit === null);
  if (claim.kind === "quantity") {
    if (s.kind === "count") return s.unit === null;
    const family = measureFamily(claim.unit);
    return s.kind === "quantity" && (family !== undefined ? family === measureFamily(s.unit) : claim.unit === s.unit);
  }
  return s.kind === "count";
}

/** The counted noun in English is the figure's unit (`1.2 million doctors`), not a measure. */
const nounUnit = (unit: string | null) => (unit && /^[a-z]/i.test(unit) && measureFamily(unit) === undefined ? unit : null);

function withUnit(words: NearWords, unit: string | null): NearWords {
  return nounUnit(unit) ? { before: words.before, after: `${unit} ${words.after}` } : words;
}

function claimWords(figure: Figure, claimContext: string, options: MatchOptions): { all: Set<string>; head?: string } {
  const at = claimContext.indexOf(figure.text);
  if (at < 0) return { all: terms(claimContext) };
  const span = { start: at, end: at + figure.text.length };
  const others = extractFigures(claimContext, 0, options).filter((f) => f.end <= span.start || f.start >= span.end);
  const words = nearWords(claimContext, span, others, sentenceAround(claimContext, span));
  return { all: terms(withUnit(words, figure.unit)), head: headTerm(words, nounUnit(figure.unit), figure.kind === "count" || figure.kind === "quantity") };
}

function closeness(claim: Figure, s: SourceNumber): number {
  if (DATES.has(claim.kind)) return sameDate(String(claim.value), s.value) ? 1 : 0;
  const c = Math.abs(claim.value as number);
  const v = Math.abs(Number(s.value));
  if (c === 0 || v === 0) return c === v ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log10(c / v)));
}

interface Scored {
  number: SourceNumber;
  passage: Span;
  decision: Decision;
  score: number;
  plausible: boolean;
}

/**
 * Find the number in a source that states the claim's figure and propose a result. Candidates are
 * ranked by the noun they count (strongest), their classifier, currency and value; the result then
 * compares exact decimal values with the claim's written precision or bound.
 */
export function matchFigure(claimFigure: Figure, claimContext: string, sourceText: string, options: MatchOptions = {}): FigureMatch {
  const wanted = claimWords(claimFigure, claimContext, options);
  const numbers = readSourceNumbers(sourceText, options);
  const sentences = numbers.map((n) => sentenceAround(sourceText, n));
  const own = numbers.map((n, i) => {
    const others = numbers.filter((o) => o !== n && o.start >= sentences[i].start && o.end <= sentences[i].end);
    return terms(withUnit(nearWords(sourceText, n, others, sentences[i]), n.unit));
  });
  const scored: Scored[] = [];
  numbers.forEach((n, i) => {
    if (!compatible(claimFigure, n)) return;
    const mine = overlap(wanted.all, own[i]);
    const head = wanted.head !== undefined && own[i].has(wanted.head);
    // The claim's noun attached to another number of the same sentence: that one is the match.
    const elsewhere = !head && wanted.head !== undefined
      && numbers.some((_, j) => j !== i && sentences[j].start === sentences[i].start && own[j].has(wanted.head!));
    const unit = isChineseClassifier(claimFigure.unit) && isChineseClassifier(n.unit) && claimFigure.kind === "count"
      ? (claimFigure.unit === n.unit ? 1 : -1) : 0;
    const currency = claimFigure.currency && n.currency ? (claimFigure.currency === n.currency ? 1 : -2) : 0;
    const near = closeness(claimFigure, n);
    const decision = DATES.has(claimFigure.kind) ? decideDate(claimFigure, n) : decideNumber(claimFigure, n);
    const agrees = decision.result !== "differs";
    const score = (head ? 3 : 0) + 1.5 * mine - (elsewhere ? 3 : 0) + unit + currency + 1.5 * near
      + (decision.result === "matches" ? 1 : agrees ? 0.75 : 0);
    const plausible = !elsewhere && (head || mine > 0 || unit > 0 || agrees || (near >= 0.8 && unit >= 0));
    scored.push({ number: n, passage: sentences[i], decision, score, plausible });
  });
  const best = scored.filter((s) => s.plausible).sort((a, b) => b.score - a.score || a.number.start - b.number.start)[0];
  if (!best) {
    const shown = typeof claimFigure.value === "number" ? toDecimalString(decimalOf(claimFigure.value)) : claimFigure.value;
    return {
      result: "not-found",
      reason: scored.length
        ? `No ${claimFigure.kind} in the source counts the same thing as "${claimFigure.text}" (${shown})`
        : `The source states no ${claimFigure.kind} comparable with "${claimFigure.text}" (${shown})`,
    };
  }
  const { number: n, decision } = best;
  const match: FigureMatch = {
    result: decision.result, sourceValue: n.value, sourceText: n.text, start: n.start, end: n.end, passage: best.passage,
    reason: decision.reason,
  };
  if (decision.relativeDifference !== undefined) match.relativeDifference = decision.relativeDifference;
  return match;
}

const RANK: Record<FigureResult, number> = { matches: 0, "within-rounding": 1, differs: 2, "not-found": 3 };

/** The best proposal across a claim's sources: a match anywhere beats a difference elsewhere. */
export function checkFigureAgainstSources(
  figure: Figure, claimContext: string, sources: { id: string; text: string }[], options: MatchOptions = {},
): FigureMatch & { sourceId?: string } {
  let best: (FigureMatch & { sourceId?: string }) | null = null;
  for (const source of sources) {
    const m = { ...matchFigure(figure, claimContext, source.text, options), sourceId: source.id };
    if (!best || RANK[m.result] < RANK[best.result]) best = m;
  }
  return best ?? { result: "not-found", reason: "No sources are attached to this claim" };
}
