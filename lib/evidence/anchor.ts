import {
  approximateOccurrences, exactOccurrences, scoreCandidates, type QuoteContext, type ScoredMatch,
} from "./match-quote";
import { normalisedOffset, originalSpan, withoutWhitespace } from "./normalised-text";
import type { PassageSelectors } from "./selectors";

export type AnchorMethod = "position" | "quote" | "fuzzy";

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for a position or exact-quote anchor with its context intact; lower for fuzzy anchors. */
  score: number;
}

export interface AnchorOptions {
  /**
   * Least quote similarity (1 − edits / quote length) a fuzzy anchor needs. 0.75 keeps a passage
   * with a figure or a word corrected (a 120-character sentence survives ~30 edits) and rejects a
   * passage rewritten or replaced, where a highlight would point the reviewer at the wrong words.
   */
  minQuoteScore?: number;
}

const DEFAULT_MIN_QUOTE_SCORE = 0.75;
/** Hypothesis's bound: approx-string-match costs O(n · k / 32), so k is capped. */
const MAX_ERRORS = 256;
/** Below this length a near-match is too easy to find by chance; it must also agree with its context. */
const SHORT_QUOTE = 16;
/** Fuzzy search looks this far around the expected place before searching the whole text. */
const WINDOW_SLACK = 2000;

/**
 * Find a passage in a (possibly newer) text: by position when the quote is still there, else by
 * the exact quote, else by an approximate match. Null when it cannot be found with confidence:
 * the caller flags the evidence as orphaned and keeps it.
 */
export function anchor(text: string, selectors: PassageSelectors, options: AnchorOptions = {}): Anchor | null {
  const { exact, prefix, suffix } = selectors.quote;
  const { start, end } = selectors.position;
  if (exact.length === 0) return null;
  if (text.slice(start, end) === exact) return { start, end, method: "position", score: 1 };

  const raw = exactOccurrences(text, exact);
  if (raw.length) {
    const best = scoreCandidates(text, exact, raw, { prefix, suffix, hint: start })[0];
    return { start: best.start, end: best.end, method: "quote", score: best.score };
  }

  // Everything after this compares the texts without whitespace (see normalised-text.ts).
  const view = withoutWhitespace(text);
  const quote = withoutWhitespace(exact).text;
  if (quote.length === 0) return null;
  const context: QuoteContext = {
    prefix: withoutWhitespace(prefix).text,
    suffix: withoutWhitespace(suffix).text,
    hint: normalisedOffset(view, start),
  };
  const spaced = exactOccurrences(view.text, quote);
  if (spaced.length) {
    const best = scoreCandidates(view.text, quote, spaced, context)[0];
    return { ...originalSpan(view, best.start, best.end), method: "quote", score: best.score };
  }

  const min = options.minQuoteScore ?? DEFAULT_MIN_QUOTE_SCORE;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * (1 - min)));
  if (maxErrors < 1) return null;
  const accept = (m: ScoredMatch | undefined) =>
    m !== undefined && m.quoteScore >= min && (quote.length >= SHORT_QUOTE || Math.max(m.prefixScore, m.suffixScore) >= 0.5);
  const fuzzy = (from: number, to: number) =>
    scoreCandidates(view.text, quote, approximateOccurrences(view.text, quote, maxErrors, from, to), context).find(accept);

  // Long texts: look near the old place first, which is where an edited passage usually still is.
  const hint = context.hint ?? 0;
  const from = Math.max(0, hint - quote.length - WINDOW_SLACK);
  const to = Math.min(view.text.length, hint + 2 * quote.length + WINDOW_SLACK);
  const windowed = from > 0 || to < view.text.length;
  const best = (windowed ? fuzzy(from, to) : undefined) ?? fuzzy(0, view.text.length);
  if (!best) return null;
  return { ...originalSpan(view, best.start, best.end), method: "fuzzy", score: best.score };
}
