import type { FigureKind } from "../types";
import { alternation, EN_ADJECTIVES, EN_MEASURES, EN_NOT_UNITS, EN_PLURAL_NOUNS, EN_UNIT_SYMBOLS } from "./lexicon";

/**
 * What an English number counts or measures, read from the words after it: a measure (`18
 * hectares`, `1.3 billion cubic metres`, `50 MW`) or the head noun of the counted thing (`200 new
 * cases`, `40 million bed nets`, `41,300 full-time equivalents`). Counted nouns are plural, so a
 * singular word after a number (`11 remain missing`, `870,000 last week`) is no unit.
 */
const MEASURE_AT = new RegExp(`^\\s(${alternation(EN_MEASURES)})\\b`, "i");
const SYMBOL_AT = new RegExp(`^\\s?(${alternation(EN_UNIT_SYMBOLS)})(?![A-Za-z\\d])`);
const WORD_AT = /^\s([A-Za-z][a-z]*(?:-[a-z]+)*)(?![\w'’])/;
/** A past-tense verb is not a counted noun: `2 repaired` → no unit; `12 repaired roofs` counts roofs. */
const VERB_FORM = /^(?!(?:hundred|bed|seed|speed|feed|need|shed)$)[a-z]{3,}ed$/;
const PLURAL = /^[a-z]{2,}[^su']s$/;
/** Words that follow a number and look plural but are no counted thing. */
const NOT_PLURAL = new Set(["was", "has", "is", "its", "this", "thus", "does", "goes", "plus", "minus", "versus", "less", "unless", "across", "always", "perhaps", "whereas", "towards", "afterwards", "besides", "sometimes", "nevertheless", "as", "us", "yes", "ones"]);

export const isCountedNoun = (word: string) => (PLURAL.test(word) && !NOT_PLURAL.has(word)) || EN_PLURAL_NOUNS.has(word);

export interface EnglishUnit {
  unit: string;
  kind: FigureKind;
  /** Characters of `rest` the unit covers, its leading space included. */
  length: number;
}

export function englishUnit(rest: string): EnglishUnit | null {
  const symbol = SYMBOL_AT.exec(rest);
  if (symbol) return { unit: symbol[1], kind: "quantity", length: symbol[0].length };
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const tail = rest.slice(at);
    const measure = MEASURE_AT.exec(tail);
    if (measure && (i === 0 || EN_ADJECTIVES.has(rest.slice(0, at).trim().split(/\s+/).at(-1)!.toLowerCase()))) {
      const unit = measure[1].toLowerCase();
      return { unit, kind: /^percentage points?$/.test(unit) ? "percent" : "quantity", length: at + measure[0].length };
    }
    const w = WORD_AT.exec(tail);
    if (!w) return null;
    const word = w[1].toLowerCase();
    if (EN_NOT_UNITS.has(word) || word === "per") return null;
    at += w[0].length;
    if (isCountedNoun(word)) {
      // `300 police officers`, `staff members`: a noun compound counts its last noun.
      const next = WORD_AT.exec(rest.slice(at));
      if (next && isCountedNoun(next[1].toLowerCase()) && !EN_NOT_UNITS.has(next[1].toLowerCase())) return { unit: next[1].toLowerCase(), kind: "count", length: at + next[0].length };
      return { unit: word, kind: "count", length: at };
    }
    // Only modifiers stand between a number and its noun; a verb after a bare number ends the search.
    if (i === 0 && VERB_FORM.test(word) && !isCountedNoun(WORD_AT.exec(rest.slice(at))?.[1].toLowerCase() ?? "")) return null;
  }
  return null;
}

const RATE_AT = /^\s+per\s+(\d{1,3}(?:,\d{3})+|\d+|thousand|million|capita|head)\b/i;
const NOUN_AT = /^\s([a-z]+)(?:\s([a-z]+))?/i;

/** `per 1,000 people`, `per 100,000`: the denominator of a rate, as its unit. */
export function rateAfter(rest: string): { unit: string; length: number } | null {
  const m = RATE_AT.exec(rest);
  if (!m) return null;
  let unit = `per ${m[1]}`;
  let length = m[0].length;
  // The counted noun of the denominator, up to two words: `people`, `live births` (not `people at`).
  const n = NOUN_AT.exec(rest.slice(length));
  if (n && isCountedNoun(n[1].toLowerCase())) {
    unit += ` ${n[1]}`;
    length += n[1].length + 1;
  } else if (n && n[2] && isCountedNoun(n[2].toLowerCase()) && !EN_NOT_UNITS.has(n[1].toLowerCase())) {
    unit += ` ${n[1]} ${n[2]}`;
    length += n[0].length;
  }
  return { unit, length };
}

const SHARE_OF_AT = /^\s+of\s+(?:the\s+)?(?:(?:national|regional|the\s+country's|the\s+region's)\s+)?(GDP|GNI|gross domestic product)\b/i;

/** `3.2 per cent of GDP`: a share of a named total, kept in the unit. */
export function shareOfAfter(rest: string): { unit: string; length: number } | null {
  const m = SHARE_OF_AT.exec(rest);
  return m ? { unit: `% of ${/^gross/i.test(m[1]) ? "GDP" : m[1].toUpperCase()}`, length: m[0].length } : null;
}
