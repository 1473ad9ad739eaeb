import { listCountChecks } from "../checks";
import { extractFigures } from "../figures/extract";
import { sentences, type Span } from "../segment";
import type { Claim, Figure, Language } from "../types";
import { attribution, checkworthiness, claimKind, RESOLVABLE } from "./classify";
import { mayHaveParts } from "./english-clauses";
import { sentenceLanguage, tagEnglishBatch, type Token } from "./english-nlp";
import { carryEn, carryZh, EN_AMONG, EN_PRONOUN, englishSubject, resolvePronoun, type Previous } from "./carry";
import { splitSentence, type ClaimPart } from "./split";
import { tableRowsOf } from "./table";

export interface ClaimOptions {
  language: Language;
  publishedOn?: string;
}

/**
 * `BEIJING, April 25 (Xinhua) --`, `GENEVA, 3 May 2024 —`, `新华社北京5月3日电（记者 张三）`,
 * `本报讯（记者 王磊）` say where and when a story was filed: context, no part of the claim.
 */
const DATELINE =
  /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?(?:,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,30}\)|\/[^/\n]{1,30}\/)?\s*(?:--|—|–|-)\s*/;
const ZH_DATELINE = /^(?:本报讯|本报[^（(，,。]{0,12}电|(?:新华社|中新社|中新网|人民网|央视网|新华网)[^（(，,。]{0,14}电|[\u4e00-\u9fff]{2,10}(?:报|网|台)讯)\s*(?:[（(][^）)\n]{1,24}[）)])?\s*/;

/** `• `, `1. `, `一、`, `(二)` before a line's first sentence: layout, not claim. */
const LIST_MARKER = /^(?:[-*]\s+|[•·▪●]\s*|\d{1,3}[、.．)](?!\d)\s*|[一二三四五六七八九十]{1,3}[、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)/;

/** The sentence without a dateline, or a list marker at the start of its line. */
function withoutLayout(text: string, sentence: Span): Span | null {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  const atLineStart = (text[sentence.start - 1] ?? "\n") === "\n";
  const m = DATELINE.exec(head) ?? ZH_DATELINE.exec(head) ?? (atLineStart ? LIST_MARKER.exec(head) : null);
  if (!m) return sentence;
  // The English segmenter makes `2.` a sentence of its own: nothing is left of it.
  return sentence.start + m[0].length < sentence.end ? { start: sentence.start + m[0].length, end: sentence.end } : null;
}

/** A part cut at a semicolon reads as a sentence of its own: `…;` ends with a full stop, `its load factor…` starts with a capital. */
function asSentence(statement: string, language: Language): string {
  const s = statement.replace(/[;；]$/, language === "zh" ? "。" : ".");
  return language === "en" ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Claims of a cleaned text: one per sentence, or one per figure for sentences that list figures. */
interface Read {
  found: Span;
  sentence: Span;
  sentenceText: string;
  language: Language;
  figures: Figure[];
  row?: { statement: string };
}

export function buildClaims(text: string, options: ClaimOptions): Claim[] {
  const table = tableRowsOf(text, options.language);
  // First every sentence and its figures, so the English ones that need their clauses read are tagged together.
  const read: Read[] = [];
  for (const found of sentences(text, options.language)) {
    const sentence = withoutLayout(text, found);
    if (!sentence) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (!/[\p{L}\p{N}]/u.test(sentenceText)) continue;
    const row = table.size ? table.get(text.lastIndexOf("\n", sentence.start - 1) + 1) : undefined;
    if (row?.header) continue;
    const language = sentenceLanguage(sentenceText, options.language);
    read.push({ found, sentence, sentenceText, language, figures: extractFigures(sentenceText, sentence.start, { ...options, language }), row });
  }
  // A sentence an `It …` or `Of these, …` follows is tagged too, to find the subject it stands for.
  const leansBack = (r: Read | undefined) => r !== undefined && !r.row && r.language === "en" && (EN_PRONOUN.test(r.sentenceText) || EN_AMONG.test(r.sentenceText));
  const toTag = read.filter((r, i) => !r.row && r.language === "en" && (mayHaveParts(text, r.sentence, r.figures) || leansBack(read[i + 1])));
  const tags = new Map<Read, Token[]>();
  tagEnglishBatch(toTag.map((r) => r.sentenceText)).forEach((tokens, i) => tags.set(toTag[i], tokens));

  const claims: Claim[] = [];
  let lastSpeaker: string | null = null;
  let previous = null as Previous | null;
  for (const r of read) {
    const { found, sentence, sentenceText, language, figures, row } = r;
    const checks = listCountChecks(text, sentence, figures);
    let speaker = attribution(sentenceText);
    // `"…," she said.`: the pronoun stands for the last person named as a speaker.
    if (speaker && RESOLVABLE.test(speaker.speaker)) speaker = lastSpeaker ? { ...speaker, speaker: lastSpeaker } : speaker;
    else if (speaker && speaker.verb !== "according to" && !/^(?:the|据)\b/i.test(speaker.speaker)) lastSpeaker = speaker.speaker;
    const parts = row ? [{ span: sentence, statement: row.statement, inherited: [] }] : splitSentence(text, sentence, figures, language, tags.get(r));
    let resolvedSubject: string | null = null;
    for (const part0 of parts) {
      const part = row ? part0 : standalone(part0, language, previous);
      if (part !== part0 && language === "en" && EN_PRONOUN.test(part0.statement)) resolvedSubject = previous?.subject ?? null;
      const own = figures.filter((f) => f.start >= part.span.start && f.end <= part.span.end);
      const claimFigures = part.inherited.length ? [...part.inherited.filter((f) => !own.some((o) => o.start === f.start)), ...own].sort((a, b) => a.start - b.start) : own;
      const claimChecks = checks.filter((c) => own.some((f) => f.end === c.end || (c.start <= f.start && f.end <= c.end)));
      const kind = claimKind(claimFigures, speaker, part.statement);
      const claim: Claim = {
        statement: asSentence(part.statement, language),
        text: text.slice(part.span.start, part.span.end),
        start: part.span.start,
        end: part.span.end,
        // The context keeps a dateline cut from the sentence.
        context: { start: found.start, end: sentence.end },
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
    const tokens = tags.get(r);
    previous = row ? null : {
      text, sentence, figures, tokens, parts: parts.length,
      subject: language === "en" ? (tokens ? englishSubject(text, sentence, tokens) : null) ?? resolvedSubject : null,
    };
  }
  return claims;
}

/** A part whose statement leans on the sentence before (`其中，…`, `Of these, …`, `It rose …`), made to stand alone. */
function standalone(part: ClaimPart, language: Language, previous: Previous | null): ClaimPart {
  if (language === "zh") {
    const carried = carryZh(part.statement, previous);
    return carried ? { ...part, statement: carried.statement, inherited: [...carried.inherited, ...part.inherited] } : part;
  }
  const carried = carryEn(part.statement, previous);
  if (carried) return { ...part, statement: carried.statement, inherited: [...carried.inherited, ...part.inherited] };
  const resolved = resolvePronoun(part.statement, previous);
  return resolved ? { ...part, statement: resolved } : part;
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
