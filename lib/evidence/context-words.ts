/**
 * What a number counts, read from the words beside it: the noun before or after it in its clause.
 * Chinese has no spaces, so it is compared by character pairs; English by stemmed words. No
 * tokenizer library is used: a segmenter would need a dictionary, and pairs are enough to tell
 * 口罩 from 防护服 inside one sentence.
 */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/g;
const CLAUSE_BREAK = /[，,、：:（(）)“”"]/;
const STOPWORDS = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "was", "were", "is", "are",
  "be", "been", "has", "have", "had", "than", "that", "this", "its", "their", "as", "about", "more", "less", "over",
  "under", "some", "nearly", "around", "total", "number", "reached", "rose", "fell", "up", "down", "per", "cent",
  "percent", "which", "while", "whereas", "also", "had", "it", "they", "we", "said", "says", "reported",
]);
const ZH_FILLER = /[的了是为达共约近超逾有和与及在把被将已]/;

/** The sentence around a span. */
export function sentenceAround(text: string, span: Span): Span {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index + m[0].length <= span.start) start = m.index + m[0].length;
    else if (m.index >= span.end) {
      end = m.index + m[0].length;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

/** The words of a number's own clause: up to the neighbouring numbers and clause punctuation. */
export function nearWords(text: string, span: Span, others: Span[], sentence: Span): string {
  let from = Math.max(sentence.start, span.start - 16);
  let to = Math.min(sentence.end, span.end + 12);
  for (const o of others) {
    if (o.end <= span.start) from = Math.max(from, o.end);
    if (o.start >= span.end) to = Math.min(to, o.start);
  }
  let before = text.slice(from, span.start);
  let after = text.slice(span.end, to);
  const cut = [...before].reverse().findIndex((c) => CLAUSE_BREAK.test(c));
  if (cut >= 0) before = before.slice(before.length - cut);
  const next = [...after].findIndex((c) => CLAUSE_BREAK.test(c));
  if (next >= 0) after = after.slice(0, next);
  return `${before} ${after}`;
}

function stem(word: string): string {
  return word.replace(/(?:ies)$/, "y").replace(/(?:es|s)$/, "");
}

/** Comparable terms: CJK character pairs and stemmed English words, fillers removed. */
export function terms(words: string): Set<string> {
  const out = new Set<string>();
  for (const run of words.match(/[\u3400-\u9FFF]+/g) ?? []) {
    const kept = [...run].filter((c) => !ZH_FILLER.test(c) && !/[零〇一二两三四五六七八九十百千万亿]/.test(c));
    for (let i = 0; i + 1 < kept.length; i++) out.add(kept[i] + kept[i + 1]);
  }
  for (const w of words.toLowerCase().match(/[a-z][a-z-]+/g) ?? []) if (!STOPWORDS.has(w)) out.add(stem(w));
  return out;
}

/** Share of the claim's terms found among the candidate's, in [0, 1]. */
export function overlap(claim: Set<string>, candidate: Set<string>): number {
  if (claim.size === 0) return 0;
  let shared = 0;
  for (const t of claim) if (candidate.has(t)) shared++;
  return shared / claim.size;
}
