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
  const covered = (s: Span) => {
    // Claims are few per sentence; a scan from the first that could reach this sentence is enough.
    for (const c of sorted) {
      if (c.start >= s.end) return false;
      if (c.end > s.start) return true;
    }
    return false;
  };
  return sentences(text, language).filter((s) => !covered(s) && checkable(text.slice(s.start, s.end), language));
}
