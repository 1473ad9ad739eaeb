import { listCountChecks } from "../checks";
import { extractFigures } from "../figures/extract";
import { sentences, type Span } from "../segment";
import type { Claim, Language } from "../types";
import { attribution, checkworthiness, claimKind, RESOLVABLE } from "./classify";
import { splitSentence } from "./split";
import { tableRowsOf } from "./table";

export interface ClaimOptions {
  language: Language;
  publishedOn?: string;
}

/** `BEIJING, April 25 (Xinhua) --` says where and when a story was filed; it is no part of the claim. */
const DATELINE = /^[A-Z][A-Z .'-]+(?:, [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–)\s*/;

/** `• `, `1. `, `一、`, `(二)` before a line's first sentence: layout, not claim. */
const LIST_MARKER = /^(?:[-*]\s+|[•·▪●]\s*|\d{1,3}[、.．)](?!\d)\s*|[一二三四五六七八九十]{1,3}[、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)/;

/** The sentence without a dateline, or a list marker at the start of its line. */
function withoutLayout(text: string, sentence: Span): Span | null {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  const m = (text[sentence.start - 1] ?? "\n") === "\n" ? (DATELINE.exec(head) ?? LIST_MARKER.exec(head)) : DATELINE.exec(head);
  if (!m) return sentence;
  // The English segmenter makes `2.` a sentence of its own: nothing is left of it.
  return sentence.start + m[0].length < sentence.end ? { start: sentence.start + m[0].length, end: sentence.end } : null;
}

/** Claims of a cleaned text: one per sentence, or one per figure for sentences that list figures. */
export function buildClaims(text: string, options: ClaimOptions): Claim[] {
  const claims: Claim[] = [];
  const table = tableRowsOf(text, options.language);
  let lastSpeaker: string | null = null;
  for (const found of sentences(text, options.language)) {
    const sentence = withoutLayout(text, found);
    if (!sentence) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
    const row = table.size ? table.get(text.lastIndexOf("\n", sentence.start - 1) + 1) : undefined;
    if (row?.header) continue;
    const figures = extractFigures(sentenceText, sentence.start, options);
    const checks = listCountChecks(text, sentence, figures);
    let speaker = attribution(sentenceText);
    // `"…," she said.`: the pronoun stands for the last person named as a speaker.
    if (speaker && RESOLVABLE.test(speaker.speaker)) speaker = lastSpeaker ? { ...speaker, speaker: lastSpeaker } : speaker;
    else if (speaker && speaker.verb !== "according to" && !/^(?:the|据)\b/i.test(speaker.speaker)) lastSpeaker = speaker.speaker;
    const parts = row ? [{ span: sentence, statement: row.statement, inherited: [] }] : splitSentence(text, sentence, figures, options.language);
    for (const part of parts) {
      const own = figures.filter((f) => f.start >= part.span.start && f.end <= part.span.end);
      const claimFigures = [...part.inherited.filter((f) => !own.some((o) => o.start === f.start)), ...own].sort((a, b) => a.start - b.start);
      const claimChecks = checks.filter((c) => own.some((f) => f.end === c.end || (c.start <= f.start && f.end <= c.end)));
      const kind = claimKind(claimFigures, speaker, part.statement);
      const claim: Claim = {
        statement: part.statement,
        text: text.slice(part.span.start, part.span.end),
        start: part.span.start,
        end: part.span.end,
        context: { start: sentence.start, end: sentence.end },
        kind,
        checkworthiness: checkworthiness(kind, claimFigures, part.statement, claimChecks),
        figures: claimFigures,
        checks: claimChecks,
      };
      if (speaker) {
        claim.speaker = speaker.speaker;
        claim.speechVerb = speaker.verb;
      }
      claims.push(claim);
    }
  }
  return claims;
}

/**
 * One claim from a whole statement as a desk wrote it (a row of its spreadsheet): not split into
 * sentences or parts, but classified, its figures extracted and its stated counts checked.
 */
export function statementClaim(text: string, span: Span, options: ClaimOptions): Claim {
  const statement = text.slice(span.start, span.end);
  const figures = extractFigures(statement, span.start, options);
  const checks = listCountChecks(text, span, figures);
  const speaker = attribution(statement);
  const kind = claimKind(figures, speaker, statement);
  const claim: Claim = {
    statement: statement.replace(/\s+/g, " ").trim(),
    text: statement,
    start: span.start,
    end: span.end,
    context: { start: span.start, end: span.end },
    kind,
    checkworthiness: checkworthiness(kind, figures, statement, checks),
    figures,
    checks,
  };
  if (speaker) {
    claim.speaker = speaker.speaker;
    claim.speechVerb = speaker.verb;
  }
  return claim;
}
