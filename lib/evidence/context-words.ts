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
/** Conjunctions end a clause too: `imports were 980 tonnes and exports 1,100 tonnes`. */
const CLAUSE_BREAK = /[，,、：:（(）)“”"]|\b(?:and|while|whereas|but|or|against|compared with)\b|以及|和|及|与|而/;
const STOPWORDS = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "was", "were", "is", "are",
  "be", "been", "has", "have", "had", "than", "that", "this", "its", "their", "as", "about", "more", "less", "over",
  "under", "some", "nearly", "around", "total", "number", "reached", "rose", "fell", "up", "down", "per", "cent",
  "percent", "which", "while", "whereas", "also", "had", "it", "they", "we", "said", "says", "reported",
  // Verbs of change say how a figure moved, not what it counts.
  "grew", "increased", "decreased", "declined", "climbed", "dropped", "jumped", "totalled", "totaled", "stood", "amounted",
  "hit", "gained", "expanded", "contracted", "numbered", "came", "went", "rise", "fall", "grow", "reach", "estimated", "some",
]);
const ZH_FILLER = /[的了是为达共约近超逾有和与及在把被将已]/;

/** The sentence around a span. */
export function sentenceAround(text: string, span: Span, ends: SentenceEnds = sentenceEnds(text)): Span {
  // Every sentence end is one character: the sentence starts after the last one before the span, and ends with the first one after it.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < span.start) lo = mid + 1;
    else hi = mid;
  }
  let start = lo > 0 ? ends[lo - 1] + 1 : 0;
  let at = lo;
  while (at < ends.length && ends[at] < span.end) at++;
  const end = at < ends.length ? ends[at] + 1 : text.length;
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end };
}

/** Where a text's sentences end (each end's offset), read once so many numbers' sentences are found without reading it again. */
export type SentenceEnds = number[];

export function sentenceEnds(text: string): SentenceEnds {
  return Array.from(text.matchAll(SENTENCE_END), (m) => m.index);
}

export interface NearWords {
  before: string;
  after: string;
}

/** The words of a number's own clause: up to the neighbouring numbers, clause punctuation and conjunctions. */
export function nearWords(text: string, span: Span, others: Span[], sentence: Span): NearWords {
  // English words are longer than Chinese characters: a wider window, cut at a word boundary.
  const latin = /[A-Za-z]/.test(text.slice(Math.max(0, span.start - 3), span.start) + text.slice(span.end, span.end + 3));
  let from = Math.max(sentence.start, span.start - (latin ? 40 : 16));
  let to = Math.min(sentence.end, span.end + (latin ? 32 : 12));
  while (latin && from > sentence.start && /[A-Za-z]/.test(text[from - 1]) && /[A-Za-z]/.test(text[from])) from--;
  while (latin && to < sentence.end && /[A-Za-z]/.test(text[to - 1]) && /[A-Za-z]/.test(text[to])) to++;
  for (const o of others) {
    if (o.end <= span.start) from = Math.max(from, o.end);
    if (o.start >= span.end) to = Math.min(to, o.start);
  }
  let before = text.slice(from, span.start).split(CLAUSE_BREAK).pop() ?? "";
  const after = text.slice(span.end, to).split(CLAUSE_BREAK)[0];
  // `生产总值5230亿元，同比增长5.2%`: a percentage in a clause that only says how much something
  // changed is about the subject of the figure before it, whose words are then this figure's too.
  // (A change in points, `提高1.5个百分点`, is left alone: it is never the rate itself.)
  if (/[%％]$/.test(text.slice(span.start, span.end)) && ZH_CHANGE_ONLY.test(before) && !/[\u3400-\u9FFFA-Za-z]/.test(after)) {
    const previous = others.filter((o) => o.end <= span.start && o.start >= sentence.start).reduce<Span | undefined>((a, o) => (!a || o.end > a.end ? o : a), undefined);
    if (previous) {
      const earlier = others.filter((o) => o.end <= previous.start).reduce((at, o) => Math.max(at, o.end), sentence.start);
      const subject = text.slice(Math.max(earlier, previous.start - 16), previous.start).split(CLAUSE_BREAK).pop() ?? "";
      before = `${subject}${before}`;
    }
  }
  return { before, after };
}

/** How a figure moved against an earlier period, and nothing else: `同比增长`, `比上年下降`, `增长`. */
const ZH_CHANGE = /(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年|较去年|比上月|较上月|比上季度)?(?:增长|下降|增加|减少|提高|上升|回落|上涨|下跌|降低|增|降)了?/;
const ZH_CHANGE_ONLY = new RegExp(`^\\s*${ZH_CHANGE.source}\\s*$`);
const ZH_TRAILING_CHANGE = new RegExp(`${ZH_CHANGE.source}\\s*$`);

/**
 * The counted noun: the first content word after the number, else (for counts and quantities,
 * `口罩约365亿只`) the last one before it. Before a sum of money stands a verb, not what it buys.
 */
export function headTerm(words: NearWords, unit: string | null, lookBefore: boolean): string | undefined {
  if (unit && /^[a-z]/i.test(unit)) return stem(unit.toLowerCase());
  const after = orderedTerms(words.after).filter((t) => !ZH_VERB_PAIRS.has(t));
  // The change words are left off first, so that no pair straddles them (`总值增长` is not `值增`).
  return after[0] ?? (lookBefore ? orderedTerms(words.before.replace(ZH_TRAILING_CHANGE, "")).filter((t) => !ZH_VERB_PAIRS.has(t)).at(-1) : undefined);
}

/** Verbs between a Chinese noun and its number (`国内生产总值增长5.2%`): not what the number counts. */
const ZH_VERB_PAIRS = new Set([
  "增长", "下降", "达到", "超过", "突破", "提高", "增加", "减少", "上升", "共计", "累计", "完成", "实现", "同比", "环比", "比上", "上年",
  "较上", "接待", "新增", "新建", "发放", "提供", "派出", "安排", "发运", "调拨",
]);

/** A plural's singular, near enough to compare: `cases` → `case`, `boxes` → `box`, `studies` → `study`. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes|oes)$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, "");
}

/** Comparable terms: CJK character pairs and stemmed English words, fillers removed. */
function orderedTerms(words: string): string[] {
  const out: string[] = [];
  for (const m of words.matchAll(/[\u3400-\u9FFF]+|[A-Za-z][A-Za-z-]+/g)) {
    if (/^[A-Za-z]/.test(m[0])) {
      const w = m[0].toLowerCase();
      if (!STOPWORDS.has(w)) out.push(stem(w));
      continue;
    }
    const kept = [...m[0]].filter((c) => !ZH_FILLER.test(c) && !/[零〇一二两三四五六七八九十百千万亿]/.test(c));
    for (let i = 0; i + 1 < kept.length; i++) out.push(kept[i] + kept[i + 1]);
  }
  return out;
}

export function terms(words: string | NearWords): Set<string> {
  return new Set(orderedTerms(typeof words === "string" ? words : `${words.before} ${words.after}`));
}

/** Share of the claim's terms found among the candidate's, in [0, 1]. */
export function overlap(claim: Set<string>, candidate: Set<string>): number {
  if (claim.size === 0) return 0;
  let shared = 0;
  for (const t of claim) if (candidate.has(t)) shared++;
  return shared / claim.size;
}
