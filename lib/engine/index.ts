/**
 * Claimdesk's claim engine: clean a bulletin, split it into atomic claims, extract and normalise
 * every figure, check stated counts against their lists. Pure: no I/O, no database, no React.
 */
import { buildClaims } from "./claims";
export { statementClaim } from "./claims";
import { cleanText, undoChanges } from "./clean";
import type { EngineOptions, EngineResult, Language } from "./types";

export type {
  Approx, CleaningChange, CleaningKind, CleaningResult, Claim, ClaimKind, ConsistencyCheck, EngineOptions, EngineResult,
  Figure, FigureKind, Language, ListCountCheck, OffsetMap,
} from "./types";
export { cleanText, undoChanges } from "./clean";
export { simplifiedInPlace } from "./clean/characters";
export { extractFigures, type ExtractOptions } from "./figures/extract";
export { recognisePlace, type Place } from "./countries";

/** Chinese when CJK ideographs make up at least a tenth of the letters. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20000);
  const cjk = sample.match(/[\u3400-\u9FFF]/g)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && cjk / letters >= 0.1 ? "zh" : cjk > 0 && letters === cjk ? "zh" : "en";
}

export interface AnalyseOptions extends EngineOptions {
  /** Indices (into the full list of cleaning changes) the editor has undone. */
  rejectedChanges?: Iterable<number>;
}

/** Clean a bulletin and turn it into reviewable claims. Never throws on any string. */
export function analyseBulletin(text: string, options: AnalyseOptions = {}): EngineResult {
  const language = options.language ?? detectLanguage(text);
  const cleanOptions = { simplify: language === "zh" };
  const cleaning = options.rejectedChanges ? undoChanges(text, options.rejectedChanges, cleanOptions) : cleanText(text, cleanOptions);
  const claims = buildClaims(cleaning.text, { language, publishedOn: options.publishedOn });
  return { language, cleanText: cleaning.text, changes: cleaning.changes, map: cleaning.map, claims };
}
