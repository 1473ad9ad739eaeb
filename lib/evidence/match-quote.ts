import search from "approx-string-match";

/**
 * Score candidate places of a quote the way Hypothesis does (client `src/annotator/anchoring/
 * match-quote.ts`): the quote itself dominates, the context either side breaks ties between
 * repeats, and nearness to the old position breaks the remaining ties.
 */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Expected start of the quote in the text searched. */
  hint?: number;
}

export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  /** 1 − errors / quote length. */
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  /** Weighted score in [0, 1]. */
  score: number;
}

/** Every exact occurrence of `quote` in `text`. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  if (!quote) return out;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

/** How well `actual` (context read from the text) matches `expected` (context stored), in [0, 1]. */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length);
  // A context cut short by the start or end of the text is scored on what there is room for.
  return best.length ? Math.max(0, 1 - best[0].errors / expected.length) : 0;
}

export function scoreCandidates(text: string, quote: string, candidates: Candidate[], context: QuoteContext): ScoredMatch[] {
  const prefix = context.prefix ?? "";
  const suffix = context.suffix ?? "";
  return candidates
    .map((c) => {
      const quoteScore = 1 - c.errors / quote.length;
      const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
      const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
      const positionScore = context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(c.start - context.hint) / text.length;
      const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
      return { start: c.start, end: c.end, quoteScore, prefixScore, suffixScore, score: raw / MAX_SCORE };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Approximate occurrences with at most `maxErrors` edits, only the lowest-cost ones (Myers' algorithm). */
export function approximateOccurrences(text: string, quote: string, maxErrors: number, from = 0, to = text.length): Candidate[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}
