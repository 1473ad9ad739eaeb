import { listCountChecks } from "../checks";
import { extractFigures } from "../figures/extract";
import { sentences } from "../segment";
import type { Claim, Language } from "../types";
import { attribution, checkworthiness, claimKind } from "./classify";
import { splitSentence } from "./split";

export interface ClaimOptions {
  language: Language;
  publishedOn?: string;
}

/** Claims of a cleaned text: one per sentence, or one per figure for sentences that list figures. */
export function buildClaims(text: string, options: ClaimOptions): Claim[] {
  const claims: Claim[] = [];
  for (const sentence of sentences(text, options.language)) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
    const figures = extractFigures(sentenceText, sentence.start, options);
    const checks = listCountChecks(text, sentence, figures);
    const speaker = attribution(sentenceText);
    for (const part of splitSentence(text, sentence, figures, options.language)) {
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
