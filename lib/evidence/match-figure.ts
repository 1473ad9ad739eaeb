import { extractFigures, simplifiedInPlace, type ExtractOptions, type Figure } from "../engine";
import { headTerm, nearWords, overlap, sentenceAround, sentenceEnds, terms, type NearWords, type Span } from "./context-words";
import { claimSide, decideDate, decideNumber, sameDate, type ClaimSide, type Decision, type FigureResult } from "./decide";
import { decimalOf, mul, parseDecimal, toDecimalString, type Decimal } from "./exact";
import { conceptsOf, isChineseTerm } from "./glossary";
import { readSourceNumbers, type SourceNumber } from "./numbers";
import { matchFigureInTable, type CellMatch, type PreparedTable } from "./table/match-cell";
import type { Table } from "./table/model";
import { conversionBetween, isChineseClassifier, measureFamily, type Conversion } from "./units";
import { valueIndex, withinReach, type ValueIndex } from "./value-index";
import { because, type Note, type Reason, type Why } from "./why";

export type { FigureResult } from "./decide";

/**
 * What a proposal rests on beyond a plain comparison: a unit conversion, a translation through the
 * glossary, a bound in the source, a noun the source does not confirm, a share compared with
 * percentage points.
 */
export type MatchFlag = "converted" | "translated" | "source-bound" | "noun-unconfirmed" | "percent-vs-points";

export interface FigureMatch {
  result: FigureResult;
  /** Exact decimal string (or ISO date) of the source number, in the claim's unit when it was converted. */
  sourceValue?: string;
  /** The source number as written. */
  sourceText?: string;
  start?: number;
  end?: number;
  /** The sentence around the source number. */
  passage?: Span;
  relativeDifference?: number;
  /** Why, as data for the reader's language (why.ts); `reason` is the same in English. */
  why: Reason;
  reason: string;
  flags: MatchFlag[];
  /** Set when the source's unit was converted to the claim's: `{ from: "kg", to: "t" }`. */
  conversion?: { from: string; to: string };
  /** Set when the claim's noun was found in the source's language through the glossary. */
  translation?: { concept: string };
  /** Set when the number is a table cell: where it is, its RFC 7111 fragment and its header path. */
  cell?: CellMatch;
}

export type MatchOptions = ExtractOptions;

/** A source read once, so that many figures can be matched against it (a bulletin's figures × its sources). */
export interface PreparedSource {
  text: string;
  numbers: SourceNumber[];
  passages: Span[];
  /** Each number's own words: terms, the concepts they name, its head noun (and whether its unit is that noun), `weak` when they are its sentence's so far (a gapped `… and ¥180 million`). */
  words: { terms: Set<string>; concepts: Set<string>; head?: string; unitNoun: boolean; weak: boolean; chinese: boolean }[];
  /** The numbers of each passage, by the passage's start. */
  byPassage: Map<number, number[]>;
  /** Each number's kind and unit, as its place in `index.kinds`. */
  kindOf: Uint32Array;
  /** Each number's value (and range end) as an exact decimal, read once. */
  decimals: { value?: Decimal; max?: Decimal }[];
  /**
   * Which numbers a figure needs to look at: those sharing a term or a concept with it, those
   * with no words of their own, those in the other language without a known concept, and dates.
   * The rest count something else and are never read. `loose` holds the bare and other-language
   * numbers again by size, for a claim in Chinese (zh) or English (en): of them a figure reads only
   * those its value can agree with. `kinds` has one number of each kind and unit the source states.
   */
  index: {
    byTerm: Map<string, number[]>; byConcept: Map<string, number[]>; bare: number[]; unglossed: { zh: number[]; en: number[] }; dates: number[];
    loose: { zh: ValueIndex; en: ValueIndex }; kinds: SourceNumber[];
  };
}

const DATES = new Set(["date", "date-range", "ordinal"]);
const NO_OPTIONS: MatchOptions = {};

export function prepareSource(text: string, options: MatchOptions = {}): PreparedSource {
  // Traditional sources (`5,600萬劑次`) are read simplified, offsets unchanged; proposals quote what was written.
  const read = simplifiedInPlace(text);
  const numbers = readSourceNumbers(read, options).map((n) => (read === text ? n : { ...n, text: text.slice(n.start, n.end) }));
  const ends = sentenceEnds(read);
  const passages = numbers.map((n) => sentenceAround(read, n, ends));
  const sharing = numbersByPassage(numbers, passages);
  const words = numbers.map((n, i) => {
    const others = sharing.get(passages[i].start)!.filter((o) => o !== n && o.start >= passages[i].start && o.end <= passages[i].end);
    const near = nearWords(read, n, others, passages[i]);
    let own = terms(withUnit(near, n.unit));
    const weak = own.size === 0;
    if (weak) own = terms(read.slice(passages[i].start, n.start));
    return {
      terms: own, concepts: conceptsOf(own), head: weak ? undefined : headTerm(near, nounUnit(n.unit), lookBefore(n.kind)), unitNoun: nounUnit(n.unit) !== null, weak,
      chinese: [...own].some(isChineseTerm),
    };
  });
  const byPassage = new Map<number, number[]>();
  passages.forEach((p, i) => byPassage.set(p.start, [...(byPassage.get(p.start) ?? []), i]));
  const decimals = numbers.map((n) => (DATES.has(n.kind) ? {} : { value: parseDecimal(n.value) ?? decimalOf(Number(n.value)), max: n.valueMax !== undefined ? (parseDecimal(n.valueMax) ?? undefined) : undefined }));
  const index: Omit<PreparedSource["index"], "loose" | "kinds"> = { byTerm: new Map(), byConcept: new Map(), bare: [], unglossed: { zh: [], en: [] }, dates: [] };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  words.forEach((w, i) => {
    if (DATES.has(numbers[i].kind)) index.dates.push(i);
    if (w.terms.size === 0 || w.weak) index.bare.push(i);
    for (const t of w.terms) add(index.byTerm, t, i);
    for (const c of w.concepts) add(index.byConcept, c, i);
    if (w.terms.size > 0 && w.concepts.size === 0) index.unglossed[w.chinese ? "zh" : "en"].push(i);
  });
  const loose = { zh: valueIndex(numbers, [...index.bare, ...index.unglossed.en]), en: valueIndex(numbers, [...index.bare, ...index.unglossed.zh]) };
  const kindAt = new Map<string, number>();
  const kinds: SourceNumber[] = [];
  const kindOf = Uint32Array.from(numbers, (n) => {
    const key = `${n.kind}\u0000${n.unit ?? "\u0001"}`;
    let k = kindAt.get(key);
    if (k === undefined) kindAt.set(key, (k = kinds.push(n) - 1));
    return k;
  });
  return { text, numbers, passages, words, byPassage, decimals, kindOf, index: { ...index, loose, kinds } };
}

/** The numbers of each sentence, by its start: a number's neighbours without reading every number of the source. */
function numbersByPassage(numbers: SourceNumber[], passages: Span[]): Map<number, SourceNumber[]> {
  const out = new Map<number, SourceNumber[]>();
  numbers.forEach((n, i) => {
    const list = out.get(passages[i].start);
    if (list) list.push(n);
    else out.set(passages[i].start, [n]);
  });
  return out;
}

type Fit = { ok: boolean; conversion?: Conversion; points?: boolean };

/** Whether a unit of the source can state the claim's figure, and through which conversion. */
function compatibility(claim: Figure, s: SourceNumber): Fit {
  if (DATES.has(claim.kind) || DATES.has(s.kind)) return { ok: claim.kind === s.kind };
  if (claim.kind === "percent" || s.kind === "percent") {
    if (claim.kind !== s.kind) return { ok: false };
    const a = measureFamily(claim.unit ?? "%");
    const b = measureFamily(s.unit ?? "%");
    // A share against percentage points: the same number means a different thing.
    if ((a === "share" && b === "points") || (a === "points" && b === "share")) return { ok: true, points: true };
    if ((claim.unit ?? "%").includes(" of ") !== (s.unit ?? "%").includes(" of ")) return { ok: (claim.unit ?? "%").startsWith("%") && (s.unit ?? "%").startsWith("%") };
    const conversion = conversionBetween(claim.unit ?? "%", s.unit ?? "%");
    return conversion === null ? { ok: false } : { ok: true, conversion };
  }
  if (claim.kind === "money") return { ok: s.kind === "money" || (s.kind === "count" && s.unit === null) };
  if (claim.kind === "quantity") {
    if (s.kind === "count") return { ok: s.unit === null };
    if (s.kind !== "quantity") return { ok: false };
    const conversion = conversionBetween(claim.unit, s.unit);
    if (conversion === null) return { ok: false };
    if (conversion === undefined && measureFamily(claim.unit) === undefined) return { ok: claim.unit === s.unit };
    if (conversion === undefined && measureFamily(claim.unit) !== measureFamily(s.unit)) return { ok: false };
    return { ok: true, conversion };
  }
  return { ok: s.kind === "count" };
}

/** The counted noun in English is the figure's unit (`1.2 million doctors`), not a measure. */
const nounUnit = (unit: string | null) => (unit && /^[a-z][a-z-]*$/i.test(unit) && measureFamily(unit) === undefined ? unit : null);
/** Counts, quantities and shares name what they count before the number too (`失业率为15%`); a sum of money has a verb there. */
const lookBefore = (kind: Figure["kind"]) => kind === "count" || kind === "quantity" || kind === "percent";

function withUnit(words: NearWords, unit: string | null): NearWords {
  return nounUnit(unit) ? { before: words.before, after: `${unit} ${words.after}` } : words;
}

interface ClaimWords {
  all: Set<string>;
  concepts: Set<string>;
  head?: string;
  /** The concept of the head noun, when the glossary knows it. */
  headConcepts: Set<string>;
  unitNoun: boolean;
  chinese: boolean;
}

// One figure is matched against every source of its bulletin: read its own words once.
const claimWordsRead = new WeakMap<Figure, { context: string; options: MatchOptions; words: ClaimWords }>();

function claimWords(figure: Figure, claimContext: string, options: MatchOptions): ClaimWords {
  const known = claimWordsRead.get(figure);
  if (known && known.context === claimContext && known.options === options) return known.words;
  const words = readClaimWords(figure, claimContext, options);
  claimWordsRead.set(figure, { context: claimContext, options, words });
  return words;
}

function readClaimWords(figure: Figure, claimContext: string, options: MatchOptions): ClaimWords {
  const at = claimContext.indexOf(figure.text);
  const chinese = /[\u3400-\u9FFF]/.test(claimContext);
  if (at < 0) {
    const all = terms(claimContext);
    return { all, concepts: conceptsOf(all), headConcepts: new Set(), unitNoun: false, chinese };
  }
  const span = { start: at, end: at + figure.text.length };
  const others = extractFigures(claimContext, 0, options).filter((f) => f.end <= span.start || f.start >= span.end);
  const words = nearWords(claimContext, span, others, sentenceAround(claimContext, span));
  const all = terms(withUnit(words, figure.unit));
  const head = headTerm(words, nounUnit(figure.unit), lookBefore(figure.kind));
  const headConcepts = head ? conceptsOf([head]) : new Set<string>();
  return { all, concepts: headConcepts.size ? headConcepts : conceptsOf(all), head, headConcepts, unitNoun: nounUnit(figure.unit) !== null, chinese };
}

type Candidates = (claim: Figure, prepared: PreparedSource, wanted: ClaimWords) => Iterable<number>;

/** The numbers sharing a term or a concept with the claim's (see PreparedSource.index). */
function namedCandidates(prepared: PreparedSource, wanted: ClaimWords): Set<number> {
  const { index } = prepared;
  const out = new Set<number>();
  for (const t of wanted.all) for (const i of index.byTerm.get(t) ?? []) out.add(i);
  if (wanted.head) for (const i of index.byTerm.get(wanted.head) ?? []) out.add(i);
  for (const c of wanted.concepts) for (const i of index.byConcept.get(c) ?? []) out.add(i);
  return out;
}

/** Every number the figure can be stated by: the named ones, and every bare or other-language one. */
const everyCandidate: Candidates = (claim, prepared, wanted) => {
  if (DATES.has(claim.kind)) return prepared.index.dates;
  const out = namedCandidates(prepared, wanted);
  for (const i of prepared.index.bare) out.add(i);
  for (const i of prepared.index.unglossed[wanted.chinese ? "en" : "zh"]) out.add(i);
  return out;
};

/**
 * The same numbers less the bare and other-language ones its value cannot agree with: those name
 * nothing of the claim's, so they count only when close (closeness ≥ 0.5, within √10) in a unit
 * that can state it.
 */
const candidatesNearValue: Candidates = (claim, prepared, wanted) => {
  if (DATES.has(claim.kind)) return prepared.index.dates;
  const out = namedCandidates(prepared, wanted);
  const loose = prepared.index.loose[wanted.chinese ? "zh" : "en"];
  for (const i of loose.unordered) out.add(i);
  const size = Math.abs(claim.value as number);
  for (const group of loose.groups) {
    const fit = compatibility(claim, group.sample);
    if (!fit.ok) continue;
    for (const i of withinReach(group, size, conversionFactor(fit.conversion), REACH)) out.add(i);
  }
  return out;
};

/** closeness ≥ 0.5: sizes within a factor of √10. */
const REACH = Math.sqrt(10);
const conversionFactor = (conversion: Conversion | undefined) => (conversion ? Number(toDecimalString(conversion.factor)) : 1);
const withFactor = (fit: Fit) => ({ ...fit, factor: conversionFactor(fit.conversion) });

function closeness(claim: Figure, value: number): number {
  const c = Math.abs(claim.value as number);
  const v = Math.abs(value);
  if (c === 0 || v === 0) return c === v ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log10(c / v)));
}

type Noun = "same" | "translated" | "other" | "unknown";

/**
 * Does the source number count what the claim's figure counts? The claim's noun among the
 * number's own words (or the same concept in the other language) says yes; words of its own that
 * share nothing with the claim's say it counts something else; a number with no words of its own
 * (a table cell), or words in the other language the glossary does not know, is unknown.
 */
function nounOf(wanted: ClaimWords, own: PreparedSource["words"][number], sharedTerms: number): Noun {
  if (wanted.head !== undefined && own.terms.has(wanted.head)) return "same";
  const crossing = own.terms.size > 0 && own.chinese !== wanted.chinese;
  for (const c of wanted.concepts) if (own.concepts.has(c)) return crossing ? "translated" : "same";
  if (own.terms.size === 0) return "unknown";
  if (crossing) return own.concepts.size > 0 && wanted.concepts.size > 0 ? "other" : "unknown";
  const shared = sharedTerms > 0;
  if (own.weak || wanted.head === undefined) return shared && wanted.head === undefined ? "same" : "unknown";
  // Each names its own noun and neither names the other's: they count different things. English
  // nouns are read from units (`1,500 paramedics`); Chinese ones from the words before the number.
  const ownNoun = wanted.chinese ? own.head : own.unitNoun ? own.head : undefined;
  if ((wanted.chinese || wanted.unitNoun) && ownNoun !== undefined && !wanted.all.has(ownNoun)) return "other";
  return shared ? "same" : "other";
}

interface Scored {
  index: number;
  decision: Decision;
  score: number;
  noun: Noun;
  conversion?: Conversion;
  points?: boolean;
  value: () => string;
}

function decide(claim: Figure, side: ClaimSide | null, n: SourceNumber, read: PreparedSource["decimals"][number], conversion: Conversion | undefined): { decision: Decision; value: () => string } {
  if (!side || !read.value) return { decision: decideDate(claim, n), value: () => n.value };
  const value = conversion ? mul(read.value, conversion.factor) : read.value;
  const max = read.max && conversion ? mul(read.max, conversion.factor) : read.max;
  return { decision: decideNumber(side, n, value, max), value: () => toDecimalString(value) };
}

/**
 * Find the number in a source that states the claim's figure and propose a result. Candidates are
 * those that count the same thing (by noun, or by concept across languages) or, when the source
 * names nothing for them, those whose value agrees; a number counting another thing is never
 * proposed as a difference. The result compares exact decimal values, bound against bound, in the
 * claim's unit.
 */
export function matchFigure(claimFigure: Figure, claimContext: string, source: string | PreparedSource, options: MatchOptions = NO_OPTIONS): FigureMatch {
  return matchAmong(candidatesNearValue, claimFigure, claimContext, source, options);
}

/** matchFigure reading every number the term index gives, none left out by value: what the value index is tested against. */
export function matchFigureReadingAll(claimFigure: Figure, claimContext: string, source: string | PreparedSource, options: MatchOptions = NO_OPTIONS): FigureMatch {
  return matchAmong(everyCandidate, claimFigure, claimContext, source, options);
}

function matchAmong(candidates: Candidates, claimFigure: Figure, claimContext: string, source: string | PreparedSource, options: MatchOptions): FigureMatch {
  const prepared = typeof source === "string" ? prepareSource(source, options) : source;
  const wanted = claimWords(claimFigure, claimContext, options);
  const { numbers, words, passages } = prepared;
  const side = DATES.has(claimFigure.kind) ? null : claimSide(claimFigure);
  // Everything but the comparison scores a candidate first; the comparison (exact decimals) adds at
  // most 1, so candidates are compared best first and the rest skipped once none can win.
  const open: { index: number; noun: Noun; fit: Fit; raw: number; base: number }[] = [];
  const dated = DATES.has(claimFigure.kind);
  // Whether a unit can state the claim's figure depends on kind and unit only: decided once for each the source has.
  const fits: (Fit & { factor: number })[] = [];
  const fitOf = (k: number) => (fits[k] ??= withFactor(compatibility(claimFigure, prepared.index.kinds[k])));
  const classified = isChineseClassifier(claimFigure.unit) && claimFigure.kind === "count";
  for (const i of candidates(claimFigure, prepared, wanted)) {
    const n = numbers[i];
    const fit = fitOf(prepared.kindOf[i]);
    if (!fit.ok) continue;
    const shared = overlap(wanted.all, words[i].terms);
    const noun = dated ? (shared > 0 ? "same" : "unknown") : nounOf(wanted, words[i], shared);
    if (noun === "other") continue;
    const near = dated ? (sameDate(String(claimFigure.value), n.value) ? 1 : 0) : closeness(claimFigure, Number(n.value) * fit.factor);
    // Named for another noun than the claim's and more than ten times apart: not the claim's number,
    // whatever words they share (`每千人口执业医师3.4人` is not `年末常住人口862万人`).
    if (noun === "same" && !dated && near === 0 && wanted.head !== undefined && words[i].head !== undefined && !words[i].terms.has(wanted.head)) continue;
    // A number whose noun is unknown is evidence only when it agrees, and a far one cannot.
    if (noun === "unknown" && !dated && near < 0.5) continue;
    // The claim's noun attached to another number of the same sentence: that one is the match.
    if (noun === "unknown" && wanted.head !== undefined && prepared.byPassage.get(passages[i].start)!.some((j) => j !== i && words[j].terms.has(wanted.head!))) continue;
    const unit = classified && isChineseClassifier(n.unit) ? (claimFigure.unit === n.unit ? 1 : -1) : 0;
    const currency = claimFigure.currency && n.currency ? (claimFigure.currency === n.currency ? 1 : -2) : 0;
    const raw = (noun === "same" || noun === "translated" ? 3 : 0) + 1.5 * shared + unit + currency + 1.5 * near;
    open.push({ index: i, noun, fit, raw, base: raw - (fit.points === true ? 1 : 0) });
  }
  open.sort((a, b) => b.base - a.base || a.index - b.index);
  let best: Scored | undefined;
  for (const { index: i, noun, fit, raw, base } of open) {
    if (best && base + 1 < best.score) break;
    const n = numbers[i];
    const { decision, value } = decide(claimFigure, side, n, prepared.decimals[i], fit.conversion);
    const points = fit.points === true;
    const agrees = !points && (decision.result === "matches" || decision.result === "within-rounding");
    // Without its noun confirmed, a number is evidence only when it agrees: a difference needs the noun
    // (a date range needs at least the same first day).
    if (noun === "unknown" && !agrees && !(dated && sameDate(String(claimFigure.value), n.value))) continue;
    const score = raw + (decision.result === "matches" ? 1 : agrees ? 0.75 : 0) - (points ? 1 : 0);
    if (!best || score > best.score || (score === best.score && n.start < numbers[best.index].start)) {
      best = { index: i, decision, score, noun, conversion: fit.conversion, points, value };
    }
  }
  if (!best) {
    const shown = typeof claimFigure.value === "number" ? toDecimalString(decimalOf(claimFigure.value)) : claimFigure.value;
    const any = prepared.index.kinds.some((n) => compatibility(claimFigure, n).ok);
    return { result: "not-found", flags: [], ...because({ key: any ? "no-same-thing" : "none-comparable", kind: claimFigure.kind, text: claimFigure.text, value: shown }) };
  }
  return proposal(claimFigure, prepared, best, wanted);
}

function proposal(claimFigure: Figure, prepared: PreparedSource, best: Scored, wanted: ClaimWords): FigureMatch {
  const n = prepared.numbers[best.index];
  const flags: MatchFlag[] = [];
  const notes: Note[] = [];
  let result = best.decision.result;
  let why: Why = best.decision.why();
  if (best.points) {
    result = "differs";
    why = { key: "percent-vs-points", claimPoints: !(claimFigure.unit === "%" || claimFigure.unit === null), sourcePoints: /点|point/.test(n.unit ?? ""), text: n.text };
    flags.push("percent-vs-points");
  }
  if (best.conversion) {
    flags.push("converted");
    notes.push({ key: "converted", text: n.text, from: best.conversion.from, to: best.conversion.to });
  }
  if (best.noun === "translated") {
    flags.push("translated");
    const concept = [...wanted.concepts].find((c) => prepared.words[best.index].concepts.has(c));
    notes.push({ key: "glossary", concept: concept! });
  }
  if (best.decision.bound) flags.push("source-bound");
  if (best.noun === "unknown") {
    flags.push("noun-unconfirmed");
    notes.push({ key: "noun-unknown" });
  }
  const match: FigureMatch = {
    result, sourceValue: best.value(), sourceText: n.text, start: n.start, end: n.end, passage: prepared.passages[best.index],
    ...because(notes.length ? { ...why, notes } : why), flags,
  };
  if (best.decision.relativeDifference !== undefined && result === "differs") match.relativeDifference = best.decision.relativeDifference;
  if (best.conversion) match.conversion = { from: best.conversion.from, to: best.conversion.to };
  if (best.noun === "translated") match.translation = { concept: [...wanted.concepts].find((c) => prepared.words[best.index].concepts.has(c))! };
  return match;
}

const RANK: Record<FigureResult, number> = { matches: 0, "within-rounding": 1, differs: 2, "not-found": 3 };

/** A source to check a figure against; a table source's figures are looked for among its number cells. */
export interface FigureSource {
  id: string;
  text: string | PreparedSource;
  table?: Table | PreparedTable | null;
}

/** The best proposal across a claim's sources: a match anywhere beats a difference elsewhere. */
export function checkFigureAgainstSources(
  figure: Figure, claimContext: string, sources: FigureSource[], options: MatchOptions = NO_OPTIONS,
): FigureMatch & { sourceId?: string } {
  let best: (FigureMatch & { sourceId?: string }) | null = null;
  for (const source of sources) {
    // A date is looked for in the text: a table's periods are its headers, not its cells.
    const found = source.table && !DATES.has(figure.kind) ? matchFigureInTable(figure, claimContext, source.table, options) : matchFigure(figure, claimContext, source.text, options);
    const m = { ...found, sourceId: source.id };
    if (!best || RANK[m.result] < RANK[best.result]) best = m;
    // Nothing ranks above a match: the sources after it cannot change the proposal.
    if (best.result === "matches") break;
  }
  return best ?? { result: "not-found", ...because({ key: "no-sources" }), flags: [] };
}
