import type { Span } from "../segment";
import type { Figure } from "../types";
import { MEASURES } from "./classify";
import { tagEnglish, type Token } from "./english-nlp";
import type { ClaimPart } from "./split";

/**
 * English sentences with several figures, cut where a reader would cut them: between independent
 * clauses (`…, and roughly 2.3 million tonnes were exported`), before a verb phrase sharing the
 * subject (`… and hired 300 doctors`), before a gapped clause (`…, and imports to $2.1 billion`)
 * and between the items of a listed object (`12 schools, 4 clinics and 30 wells`). Relative
 * clauses, appositions, changes (`up 12%`) and comparisons stay with the clause they belong to,
 * so every figure is in one claim and every statement is a sentence. The parts of speech come
 * from wink-nlp (english-nlp.ts); the clause rules here are ours.
 */

type ChunkType = "intro" | "np" | "clause" | "vp" | "gap" | "list" | "attached";

interface Chunk {
  start: number;
  end: number;
  /** The coordinating word that opens the chunk (`and`, `while` …), if any. */
  conj: string | null;
  /** Where the chunk's own words start, after the conjunction. */
  bodyStart: number;
  tokens: Token[];
  type: ChunkType;
}

const COORDINATORS = new Set(["and", "but", "or", "yet", "while", "whereas"]);
const RELATIVES = new Set(["which", "who", "whom", "whose", "where", "when"]);
const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "am"]);
const CHANGE_WORDS = /^(?:up|down|an?\s+(?:increase|decrease|rise|drop|fall|jump|gain|decline|cut)\b|compared|against|from|versus|vs|or|equal|equivalent|enough|short|still|well|just|nearly|almost|roughly|about|around|double|twice|half|triple|the\s+(?:highest|lowest|largest|smallest|most|least|first|biggest))/i;
/** Verbs of saying: a clause coordinated inside what was said (`said 1,200 reopened and 300 closed`) stays with the speaker. */
const REPORTING = /^(?:said|says|told|stated|reported|announced|noted|added|estimated|estimates|expects|expected|believes|warned|confirmed|showed|shows|found)$/i;
/** Subordinating words whose clause depends on the one before it. */
const SUBORDINATORS = new Set(["because", "although", "though", "as", "since", "after", "before", "if", "unless", "until", "when", "whether", "so", "than", "that", "once"]);

const isFigureToken = (t: Token, figures: Figure[]) => figures.some((f) => t.start >= f.start && t.end <= f.end);
const word = (t: Token | undefined) => t?.text.toLowerCase() ?? "";

/** A finite verb: an auxiliary, or a verb that is neither an infinitive nor a bare -ing form. */
function finiteAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos === "AUX") return AUXILIARIES.has(word(t)) || /^(?:'s|'re|'ve|'ll|'d)$/.test(word(t));
  if (t.pos !== "VERB") return false;
  const prev = tokens[i - 1];
  if (prev && (prev.pos === "AUX" || word(prev) === "to")) return false;
  return !/ing$/.test(word(t));
}

function firstFinite(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (finiteAt(tokens, i)) return i;
  return -1;
}

/** Top-level chunks: cut at commas, semicolons, colons, single dashes and coordinators, not inside brackets, quotes or a pair of dashes. */
function chunksOf(text: string, tokens: Token[], span: Span, figures: Figure[]): Chunk[] {
  const dashes = tokens.filter((t) => /^[—–]$|^--$/.test(t.text));
  const paired = new Set<Token>();
  for (let i = 0; i + 1 < dashes.length; i += 2) {
    paired.add(dashes[i]);
    paired.add(dashes[i + 1]);
  }
  const out: Chunk[] = [];
  let depth = 0;
  let quoted = false;
  let insideDashes = false;
  let current: Token[] = [];
  let start = span.start;
  const flush = (end: number) => {
    const body = current.filter((t) => t.pos !== "PUNCT" || /^[%$£€¥]$/.test(t.text));
    if (body.length) {
      const conj = COORDINATORS.has(word(body[0])) ? word(body[0]) : null;
      const own = conj ? body.slice(1) : body;
      if (own.length) out.push({ start, end, conj, bodyStart: own[0].start, tokens: own, type: "np" });
    }
    current = [];
  };
  tokens.forEach((t) => {
    if (/^[([{]$/.test(t.text)) depth++;
    else if (/^[)\]}]$/.test(t.text)) depth = Math.max(0, depth - 1);
    else if (/^["“”]$/.test(t.text)) quoted = !quoted;
    if (paired.has(t)) insideDashes = !insideDashes;
    const top = depth === 0 && !quoted && !insideDashes && !paired.has(t) && !isFigureToken(t, figures);
    const cut = top && (/^[,;:]$/.test(t.text) || /^[—–]$|^--$/.test(t.text));
    const coordinator = top && COORDINATORS.has(word(t)) && (t.pos === "CCONJ" || t.pos === "SCONJ") && current.length > 0;
    if (cut) {
      flush(t.start);
      start = t.end;
    } else if (coordinator) {
      flush(t.start);
      start = t.start;
      current.push(t);
    } else current.push(t);
  });
  flush(span.end);
  return out.map((c) => ({ ...c, start: Math.max(c.start, span.start), end: Math.min(c.end, span.end) }));
}

function measuresIn(figures: Figure[], start: number, end: number): Figure[] {
  return figures.filter((f) => MEASURES.has(f.kind) && f.start >= start && f.end <= end);
}

/** What a chunk is, from its first words and whether it has a subject and a finite verb. */
function classify(c: Chunk, figures: Figure[], index: number, seenHead: boolean, nextListItem: boolean, seriesOfVerbs: boolean): ChunkType {
  const t = c.tokens;
  const first = t[0];
  const w0 = word(first);
  if (RELATIVES.has(w0) || (first.pos === "ADP" && RELATIVES.has(word(t[1])))) return "attached";
  const verb = firstFinite(t);
  const figureFirst = isFigureToken(first, figures);
  if (verb >= 0) {
    const before = t.slice(0, verb);
    const hasSubject = before.some((x) => ["NOUN", "PROPN", "PRON", "NUM"].includes(x.pos) || isFigureToken(x, figures));
    // `as many as 4,000 households received …`: the bound is the figure's, not a subordinator.
    if (SUBORDINATORS.has(w0) && first.pos !== "PRON" && !figureFirst) return "attached";
    // `well above the 80,000 recorded …`: a phrase opened by an adverb or preposition qualifies the clause before.
    const adverbial = !figureFirst && (first.pos === "ADP" || (first.pos === "ADV" && index > 0 && !c.conj));
    // Without a conjunction, what follows the first clause after a comma qualifies it (`…, just under 60 per cent of the level recorded in 2015`).
    if (hasSubject && !adverbial && (c.conj || !seenHead)) return "clause";
    if (verb === 0 || before.every((x) => x.pos === "ADV" || x.pos === "PART")) return c.conj || (seriesOfVerbs && seenHead) ? "vp" : "attached";
  } else if (first.pos === "VERB" || first.pos === "AUX") return c.conj ? "vp" : "attached";
  if (CHANGE_WORDS.test(c.tokens.map((x) => x.text).join(" ")) && !figureFirst) return "attached";
  if (c.conj === "or") return "attached";
  const ms = measuresIn(figures, c.start, c.end);
  if (!seenHead && index === 0 && (first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "ADV" || (figures.some((f) => (f.kind === "date" || f.kind === "date-range") && f.start <= first.start && first.end <= f.end) && ms.length === 0))) return "intro";
  // `12 schools, 4 clinics and 30 wells`: an item of a listed object (`…, 60 per cent of the level` is none).
  if (figureFirst && ms.length > 0 && seenHead && (c.conj === "and" || nextListItem)) return "list";
  if (c.conj && ms.length > 0 && t.some((x) => x.pos === "ADP" || /^(?:to|by|at|of|from|on|for)$/.test(word(x))) && seenHead) return "gap";
  return "np";
}

interface Group {
  chunks: Chunk[];
  type: "clause" | "vp" | "gap" | "list";
}

/** Text of the chunk's tokens before its first finite verb: the subject (`Average weekly earnings`). */
function subjectOf(text: string, c: Chunk): string {
  const verb = firstFinite(c.tokens);
  const end = verb > 0 ? c.tokens[verb].start : c.bodyStart;
  return text.slice(c.bodyStart, end).trim();
}

/** From the first finite verb up to the figure: `rose to `, `grew by `. */
function verbPhrase(text: string, c: Chunk, figure: Figure | undefined): { verb: string; preposition: string } | null {
  const verb = firstFinite(c.tokens);
  if (verb < 0 || !figure) return null;
  const phrase = text.slice(c.tokens[verb].start, figure.start);
  const prep = /\s(to|by|at|of|from|on|for|around|about)\s+$/i.exec(phrase);
  return { verb: prep ? phrase.slice(0, prep.index + 1) : phrase, preposition: prep ? prep[1] : "" };
}

const MODAL = /^(?:will|would|can|could|may|might|must|shall|should|to)$/i;

/** `build 12 clinics` after `would hire …`: a verb in its bare form, not a finite one (`built`, `builds`). */
const bareVerb = (c: Chunk) => c.tokens[0]?.pos === "VERB" && !/(?:ed|s)$/i.test(c.tokens[0].text);

/**
 * The words a bare verb phrase shares with the first clause: up to its last modal or `to` before
 * the figure (`The ministry said it would` | `hire 300 nurses and build 12 clinics`).
 */
function governing(text: string, c: Chunk, figure: Figure | undefined): string | null {
  if (!figure) return null;
  const modal = c.tokens.filter((t) => t.end <= figure.start && MODAL.test(t.text)).at(-1);
  return modal ? text.slice(c.bodyStart, modal.end).trim() : null;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Whether a sentence can have more than one part at all, read from its surface alone: a new part
 * starts only at a coordinator (`and`, `while` …), and a list of figures ends with one. Most
 * sentences have none between their figures, and are spared the tagger.
 */
export function mayHaveParts(text: string, sentence: Span, figures: Figure[]): boolean {
  const measures = measuresIn(figures, sentence.start, sentence.end);
  if (measures.length < 2) return false;
  const own = text.slice(sentence.start, sentence.end);
  // A coordinator between two figures, outside brackets and dash pairs, may start a part (and ends every list).
  const quiet = own.replace(/\([^()]*\)|(?:—|–|--)[^—–]*(?:—|–|--)/g, (m) => " ".repeat(m.length));
  for (const m of quiet.matchAll(/\b(?:and|but|yet|while|whereas)\b/gi)) {
    const at = sentence.start + m.index;
    if (measures.some((f) => f.end <= at) && measures.some((f) => f.start > at)) return true;
  }
  return false;
}

/**
 * The parts of an English sentence; one part (the whole sentence) when it should not be cut.
 * `tagged` holds the sentence's tokens when the caller tagged many sentences at once.
 */
export function splitEnglish(text: string, sentence: Span, figures: Figure[], tagged?: Token[]): ClaimPart[] {
  const whole = [{ span: sentence, statement: text.slice(sentence.start, sentence.end), inherited: [] }];
  if (!mayHaveParts(text, sentence, figures)) return whole;
  const offset = sentence.start;
  const tokens = (tagged ?? tagEnglish(text.slice(sentence.start, sentence.end))).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
  const chunks = chunksOf(text, tokens, sentence, figures);
  let seenHead = false;
  const intro: Chunk[] = [];
  const groups: Group[] = [];
  let pending: Chunk[] = [];
  const startsWithFigure = chunks.map((c) => isFigureToken(c.tokens[0], figures) && measuresIn(figures, c.start, c.end).length > 0);
  // `trained 850 nurses, built 40 clinics and repaired 12 roads`: each verb phrase with a figure before a closing `and` one is a part.
  const verbFirst = chunks.map((c) => firstFinite(c.tokens) === 0 && measuresIn(figures, c.start, c.end).length > 0);
  const inSeries = (i: number) => {
    for (let j = i + 1; j < chunks.length && verbFirst[j]; j++) if (chunks[j].conj === "and") return true;
    return false;
  };
  chunks.forEach((c, i) => {
    c.type = classify(c, figures, i, seenHead, startsWithFigure[i + 1] === true && chunks[i + 1].conj !== "or", verbFirst[i] && !c.conj && inSeries(i));
    if (c.type === "intro" && groups.length === 0 && pending.length === 0) {
      intro.push(c);
      return;
    }
    const head = groups.at(-1);
    if (c.type === "clause" && head && head.chunks.some((h) => h.tokens.some((t) => t.pos === "VERB" && REPORTING.test(t.text)))) c.type = "attached";
    if (c.type === "clause" || ((c.type === "vp" || c.type === "gap" || c.type === "list") && head)) {
      if (c.type === "clause" && !head && pending.length) {
        // `Friends, ten years ago …`: a leading phrase before the first clause is context.
        intro.push(...pending);
        pending = [];
      }
      groups.push({ chunks: [...pending, c], type: c.type as Group["type"] });
      pending = [];
      seenHead = true;
    } else if (c.type === "attached" && !head && pending.length) {
      // The predicate after a subject with its apposition: `Dr Osei, the director, said …`.
      groups.push({ chunks: [...pending, c], type: "clause" });
      pending = [];
      seenHead = true;
    } else if (head) head.chunks.push(c);
    else pending.push(c);
  });
  if (pending.length) {
    if (groups.length) groups.at(-1)!.chunks.push(...pending);
    else return whole;
  }
  // A part without a figure of its own joins the part before it (the first joins the next).
  const kept: Group[] = [];
  for (const g of groups) {
    const ms = measuresIn(figures, g.chunks[0].start, g.chunks.at(-1)!.end);
    if (ms.length === 0 && kept.length) kept.at(-1)!.chunks.push(...g.chunks);
    else if (kept.length === 0 || ms.length > 0) kept.push({ ...g, chunks: [...g.chunks] });
  }
  if (kept.length && measuresIn(figures, kept[0].chunks[0].start, kept[0].chunks.at(-1)!.end).length === 0 && kept.length > 1) {
    kept[1].chunks.unshift(...kept[0].chunks);
    kept.shift();
  }
  if (kept.length < 2) return whole;
  const contextText = intro.length ? text.slice(intro[0].bodyStart, intro.at(-1)!.end).trim() : "";
  const inherited = figures.filter((f) => intro.some((c) => f.start >= c.start && f.end <= c.end)).map((f) => ({ ...f, inherited: true }));
  const reference = kept[0].chunks.find((c) => c.type === "clause" || c.type === "attached") ?? kept[0].chunks[0];
  const firstMeasure = measuresIn(figures, reference.start, reference.end)[0];
  return kept.map((g, i) => {
    const first = g.chunks[0];
    const last = g.chunks.at(-1)!;
    const own = text.slice(first.bodyStart, last.end).trim().replace(/[.!?]+$/, "");
    let body = own;
    if (g.type === "vp") body = `${bareVerb(first) ? (governing(text, reference, firstMeasure) ?? subjectOf(text, reference)) : subjectOf(text, reference)} ${own}`;
    else if (g.type === "gap" || g.type === "list") {
      const f = measuresIn(figures, first.start, first.end)[0];
      const lead = f ? text.slice(first.bodyStart, f.start).trim() : "";
      if (g.type === "list" || lead === "") {
        // `…, 4 clinics and 30 wells`: the words before the first item's figure, then the item.
        const prefix = firstMeasure ? text.slice(reference.bodyStart, firstMeasure.start) : "";
        body = prefix + own;
      } else {
        // `and imports to $2.1 billion` with `Exports rose to …`: the subject, the first clause's verb, the rest.
        const vp = verbPhrase(text, reference, firstMeasure);
        const prep = /(?:^|\s)(to|by|at|of|from|on|for)$/i.exec(lead);
        const subject = prep ? lead.slice(0, prep.index).trim() : lead;
        const rest = text.slice(f!.start, last.end).trim().replace(/[.!?]+$/, "");
        const preposition = prep?.[1] ?? vp?.preposition ?? "";
        if (vp) body = `${subject || subjectOf(text, reference)} ${vp.verb}${preposition ? `${preposition} ` : ""}${rest}`;
      }
    }
    body = body.replace(/\s+/g, " ").trim();
    const statement = contextText ? `${contextText}, ${body}` : capitalise(body);
    const span = { start: first.bodyStart, end: i === kept.length - 1 ? sentence.end : last.end };
    return { span: trimSpan(text, span), statement, inherited };
  });
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return { start, end };
}
