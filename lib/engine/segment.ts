import type { Language } from "./types";

export interface Span {
  start: number;
  end: number;
}

/** Long paragraphs are cut into pieces of at most this many characters at a sentence end. */
const MAX_CHUNK = 2000;
const segmenters = new Map<Language, Intl.Segmenter>();

function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: "sentence" });
    segmenters.set(language, s);
  }
  return s;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/**
 * Pieces of text to hand to Intl.Segmenter: paragraphs, with long ones cut at a sentence end.
 * V8's segmenter is quadratic on long strings (350,000 characters took 15 s), linear on short ones.
 */
export function chunks(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const paraEnd = nl < 0 ? text.length : nl;
    let s = start;
    while (paraEnd - s > MAX_CHUNK) {
      const window = text.slice(s, s + MAX_CHUNK);
      let cut = -1;
      // A sentence end: Chinese or English (`.` only before a space, so `3.5` and `U.S.A` stay whole).
      for (const m of window.matchAll(/[。！？!?][”’」』"')]*|\.[”’"')]*(?=\s)/g)) cut = m.index + m[0].length;
      if (cut <= 0) cut = Math.max(window.lastIndexOf(" ") + 1, 0) || MAX_CHUNK;
      if (s + cut < text.length && /[\uDC00-\uDFFF]/.test(text[s + cut])) cut--;
      out.push({ start: s, end: s + cut });
      s += cut;
    }
    out.push({ start: s, end: paraEnd });
    start = paraEnd + 1;
  }
  return out.filter((c) => c.end > c.start);
}

/**
 * Titles and labels whose full stop ends no sentence (`Dr. Osei`, `No. 7`, `Fig. 3`): Intl.Segmenter
 * breaks after them, so the pieces are joined again.
 */
const ABBREVIATION_END = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St|Mt|No|Nos|Fig|Figs|Vol|pp|Art|Sec|Ch|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|Rev|Hon|approx|vs|cf|incl|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.\s*$/;

function* segments(seg: Intl.Segmenter, piece: string): Generator<{ index: number; segment: string }> {
  let pending: { index: number; segment: string } | null = null;
  for (const s of seg.segment(piece)) {
    if (pending) pending = { index: pending.index, segment: pending.segment + s.segment };
    else pending = { index: s.index, segment: s.segment };
    if (!ABBREVIATION_END.test(pending.segment)) {
      yield pending;
      pending = null;
    }
  }
  if (pending) yield pending;
}

/** Sentences (and semicolon-separated parts), trimmed, as spans of `text`. */
export function sentences(text: string, language: Language): Span[] {
  const out: Span[] = [];
  const seg = segmenter(language);
  for (const chunk of chunks(text)) {
    const piece = text.slice(chunk.start, chunk.end);
    for (const s of /[A-Za-z]\.\s/.test(piece) ? segments(seg, piece) : seg.segment(piece)) {
      const sStart = chunk.start + s.index;
      const sEnd = sStart + s.segment.length;
      let partStart = sStart;
      for (const m of s.segment.matchAll(/[;；]/g)) {
        const cut = sStart + m.index + 1;
        const span = trimmed(text, partStart, cut);
        if (span) out.push(span);
        partStart = cut;
      }
      const span = trimmed(text, partStart, sEnd);
      if (span) out.push(span);
    }
  }
  return out;
}

/** Clauses of a sentence, split at commas and semicolons (not inside `1,234`), without the delimiter. */
export function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  // Character codes, not one-character strings: a CJK character read as a string is a new allocation.
  const FULL_COMMA = 0xff0c, FULL_SEMICOLON = 0xff1b, SEMICOLON = 0x3b, COMMA = 0x2c;
  for (let i = span.start; i <= span.end; i++) {
    const ch = i < span.end ? text.charCodeAt(i) : -1;
    const isDelimiter = ch === FULL_COMMA || ch === FULL_SEMICOLON || ch === SEMICOLON || (ch === COMMA && !(/\d/.test(text[i - 1] ?? "") && /\d{3}/.test(text.slice(i + 1, i + 4))));
    if (i === span.end || isDelimiter) {
      let end = i;
      while (end > start && /[。.！!？?\s]/.test(text[end - 1]) && i === span.end) end--;
      const t = trimmed(text, start, end);
      if (t) out.push(t);
      start = i + 1;
    }
  }
  return out;
}
