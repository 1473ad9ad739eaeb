import { mentionsPlace } from "./countries";
import { extractFigures } from "./figures/extract";
import { sentences, type Span } from "./segment";
import type { Language } from "./types";

// A proper name in English: a capitalised word that does not open the sentence.
const EN_NAME = /(?<=\S\s+)[A-Z][a-z]+/;

/** Whether a sentence holds something a fact-checker would check: a figure or a name. */
function checkable(text: string, language: Language): boolean {
  if (extractFigures(text, 0, { language }).length > 0) return true;
  if (mentionsPlace(text)) return true;
  return language === "en" && EN_NAME.test(text);
}

/**
 * Sentences holding a figure or a name that no claim overlaps, so nothing checkable is skipped
 * silently. Pure; `claims` are spans of the same text.
 */
export function uncoveredSentences(text: string, language: Language, claims: Span[]): Span[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  // Sentences come in text order: the scan resumes where the previous sentence's left off, so a
  // bulletin of thousands of claims is one pass, not one pass per sentence. A claim ending before
  // a sentence cannot overlap any later one either; a long claim is kept as the furthest end seen.
  let next = 0;
  let reach = -1;
  const covered = (s: Span) => {
    while (next < sorted.length && sorted[next].start < s.end) {
      reach = Math.max(reach, sorted[next].end);
      next++;
    }
    return reach > s.start;
  };
  return sentences(text, language).filter((s) => !covered(s) && checkable(text.slice(s.start, s.end), language));
}
