/** Public types of the claim engine. Offsets are UTF-16 code-unit indices (JavaScript string indices). */

export type Language = "zh" | "en";

export type CleaningKind =
  | "line-ending"
  | "control-character"
  | "full-width"
  | "kangxi-radical"
  | "unicode-compatibility"
  | "traditional-character"
  | "watermark"
  | "page-number"
  | "repeated-header"
  | "soft-line-break"
  | "spacing"
  | "unpaired-quote";

/** One recorded edit, expressed against the ORIGINAL text so that it can be undone on its own. */
export interface CleaningChange {
  kind: CleaningKind;
  /** Text removed from the original (empty for a pure insertion). */
  original: string;
  /** Text put in its place in the cleaned text (empty for a deletion). */
  replacement: string;
  /** Offset of `original` in the original text. */
  at: number;
  /** Offset of `replacement` in the cleaned text. */
  cleanAt: number;
  /** Earlier passes merged into this change (e.g. a full-width digit inside a removed page number). */
  alsoKinds?: CleaningKind[];
}

export interface OffsetMap {
  /** Map an offset in the cleaned text to the original text. `end` bias maps the end of a span. */
  toOriginal(cleanOffset: number, bias?: "start" | "end"): number;
  /** Map an offset in the original text to the cleaned text. */
  toClean(originalOffset: number, bias?: "start" | "end"): number;
}

export interface CleaningResult {
  original: string;
  text: string;
  changes: CleaningChange[];
  map: OffsetMap;
}

export type FigureKind = "count" | "quantity" | "money" | "percent" | "date" | "date-range" | "ordinal";

export type Approx = "exact" | "about" | "more-than" | "less-than" | "at-least" | "at-most";

export interface Figure {
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  /** Exact number, or an ISO 8601 string for dates (`2020-04-25`, `--04-25` when the year is unknown). */
  value: number | string;
  /** Upper end of a range (`3至5天`, `2月3日至5月17日`). */
  valueMax?: number | string;
  approx: Approx;
  /** Classifier or unit as written (`只`, `%`, `doctors`, `美元`), null when none. */
  unit: string | null;
  /** ISO 4217 code for money. */
  currency?: string;
  /** Set on figures a split claim inherits from the shared part of its sentence. */
  inherited?: boolean;
  /** A word for an amount that gives no number (`dozens`, `数十`): `value` is only the least it can mean. */
  vague?: boolean;
}

export type ClaimKind = "statistic" | "quote" | "event" | "other";

export interface ListCountCheck {
  kind: "list-count";
  /** The count the text states (`共8个国家` → 8). */
  stated: number;
  /** How many items the text lists. */
  listed: number;
  /** `exact` when the list claims to be complete, `at-most` when it ends with 等 / including. */
  mode: "exact" | "at-most";
  ok: boolean;
  recognised: string[];
  unknown: string[];
  /** Span of the list and the stated count in the cleaned text. */
  start: number;
  end: number;
}

export type ConsistencyCheck = ListCountCheck;

export interface Claim {
  /** Readable standalone statement; for split claims it repeats the shared context. */
  statement: string;
  /** Exactly `cleanText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The sentence the claim comes from. */
  context: { start: number; end: number };
  kind: ClaimKind;
  checkworthiness: number;
  speaker?: string;
  speechVerb?: string;
  figures: Figure[];
  checks: ConsistencyCheck[];
}

export interface EngineOptions {
  /** Publication date (YYYY-MM-DD): supplies the year of dates written without one. */
  publishedOn?: string;
  language?: Language;
}

export interface EngineResult {
  language: Language;
  cleanText: string;
  changes: CleaningChange[];
  map: OffsetMap;
  claims: Claim[];
}
