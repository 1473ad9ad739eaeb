import { clauses, type Span } from "../segment";
import type { Figure } from "../types";
import { MEASURES } from "./classify";
import { tagEnglish, type Token } from "./english-nlp";
import type { ClaimPart } from "./split";

/**
 * `A、B和C分别增长5%、8%和12%` and `A, B and C rose 5%, 8% and 12%, respectively`: the n-th
 * figure belongs to the n-th item, so each item gets its own claim, its statement the shared
 * context, the item (with a word the items share: `全市` before the first, `增加值` after the last)
 * and the verb, then its own figure.
 */

const isMeasure = (f: Figure) => MEASURES.has(f.kind);
const isDate = (f: Figure) => f.kind === "date" || f.kind === "date-range";

/** The figures of a run `5%、8%和12%` (or `5%, 8% and 12%`) starting with `first`. */
function run(text: string, figures: Figure[], first: number, between: RegExp): Figure[] {
  const out = [figures[first]];
  for (let i = first + 1; i < figures.length && isMeasure(figures[i]); i++) {
    if (!between.test(text.slice(out.at(-1)!.end, figures[i].start))) break;
    out.push(figures[i]);
  }
  return out;
}

/**
 * Words every item shares, written once: after the last item (`小麦、玉米和水稻产量`,
 * `种植业、林业、畜牧业产值`) or before the first (`全市小麦、玉米`). The last item's own words end
 * where the other items end alike (`…业`), else where their length says; a shared part is a word
 * of two characters or more (or one English word), so a one-character cut is no sharing.
 */
function shared<T>(items: T[][], minimum: number): { items: T[][]; before: T[]; after: T[] } {
  const n = items.length;
  const none = { items, before: [], after: [] };
  const others = items.slice(0, -1);
  const reference = n >= 3 ? items[1].length : null;
  const first = items[0], last = items[n - 1];
  const out = [...items];
  let before: T[] = [], after: T[] = [];
  const ending = others.every((it) => it.length > 1 && it.at(-1) === others[0].at(-1)) ? others[0].at(-1) : undefined;
  const alike = ending === undefined ? -1 : last.lastIndexOf(ending, last.length - 2);
  let keep = alike >= 0 ? alike + 1 : -1;
  if (keep < 0 && (reference === null || items.slice(1, -1).every((it) => it.length === reference))) keep = reference ?? first.length;
  if (keep > 0 && last.length - keep >= minimum) {
    after = last.slice(keep);
    out[n - 1] = last.slice(0, keep);
  }
  const lead = reference ?? out[n - 1].length;
  if (reference !== null && items.slice(1, -1).some((it) => it.length !== reference)) return after.length ? { items: out, before, after } : none;
  if (first.length - lead >= minimum) {
    before = first.slice(0, first.length - lead);
    out[0] = first.slice(first.length - lead);
  }
  return { items: out, before, after };
}

function parts(spans: Span[], statements: string[], list: Figure[], inherited: Figure[]): ClaimPart[] {
  return list.map((_, k) => ({ span: spans[k], statement: statements[k], inherited }));
}

const ZH_ITEM_SEPARATOR = /、|以及|和|与|及|同/;

/** The parts of a Chinese sentence with a `分别` clause, or null when it has none that pairs items and figures. */
export function respectivelyZh(text: string, sentence: Span, figures: Figure[]): ClaimPart[] | null {
  const own = text.slice(sentence.start, sentence.end);
  const at = own.indexOf("分别");
  if (at < 0) return null;
  const word = sentence.start + at;
  const firstIndex = figures.findIndex((f) => isMeasure(f) && f.start > word);
  if (firstIndex < 0) return null;
  const list = run(text, figures, firstIndex, /^\s*(?:、|，|,|和|及|与|以及)\s*$/);
  if (list.length < 2) return null;
  const verb = text.slice(word + 2, list[0].start);
  if (verb.length > 6 || /[，,。；;]/.test(verb)) return null;
  const cs = clauses(text, sentence);
  const ci = cs.findIndex((c) => c.start <= word && word < c.end);
  if (ci < 0) return null;
  const clause = cs[ci];
  const names = text.slice(clause.start, word).split(ZH_ITEM_SEPARATOR);
  if (names.length !== list.length || names.some((n) => n.length === 0)) return null;
  // The items must not carry figures of their own (`2023年、2024年分别…` are dates, not items).
  if (figures.some((f) => f.start >= clause.start && f.end <= word)) return null;
  const split = shared(names.map((n) => [...n]), 2);
  const before = split.before.join(""), after = split.after.join("");
  const leading = cs.slice(0, ci);
  // Figures of the leading clauses make a claim of their own; their dated clauses are the context of every item.
  const leadFigures = figures.filter((f) => isMeasure(f) && f.end <= clause.start);
  const context = leadFigures.length ? leading.filter((c) => figures.some((f) => isDate(f) && f.start >= c.start && f.end <= c.end)) : leading;
  const sep = own.includes("，") ? "，" : ",";
  const contextText = context.map((c) => text.slice(c.start, c.end)).join(sep);
  const inherited = figures.filter((f) => context.some((c) => f.start >= c.start && f.end <= c.end)).map((f) => ({ ...f, inherited: true }));
  const statements = split.items.map((item, k) => `${contextText ? contextText + sep : ""}${before}${item.join("")}${after}${verb}${list[k].text}`);
  const end = cs.at(-1)!.end;
  const spans = list.map((f, k) => ({ start: k === 0 ? clause.start : f.start, end: k === list.length - 1 ? end : f.end }));
  const out = parts(spans, statements, list, inherited);
  if (leadFigures.length) {
    const lead = { start: sentence.start, end: cs[ci - 1].end };
    out.unshift({ span: lead, statement: text.slice(lead.start, lead.end), inherited: [] });
  }
  return out;
}

/** The parts of an English sentence with `respectively`, or null when its items and figures do not pair. */
export function respectivelyEn(text: string, sentence: Span, figures: Figure[], tagged?: Token[]): ClaimPart[] | null {
  const own = text.slice(sentence.start, sentence.end);
  if (!/\brespectively\b/i.test(own)) return null;
  const inSentence = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  const firstIndex = inSentence.findIndex(isMeasure);
  if (firstIndex < 0) return null;
  const list = run(text, inSentence, firstIndex, /^\s*(?:,\s*(?:and\s+)?|and\s+|,?\s*respectively,?\s*)$/i);
  if (list.length < 2 || inSentence.some((f) => isMeasure(f) && !list.includes(f))) return null;
  const tokens = (tagged ?? tagEnglish(own)).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
  const head = text.slice(sentence.start, list[0].start);
  // The verb starts after the last item: the first verb after the last `and`/comma of the head.
  const lastJoin = Math.max(head.lastIndexOf(" and "), head.lastIndexOf(","));
  if (lastJoin < 0) return null;
  const verbToken = tokens.find((t) => t.start > sentence.start + lastJoin && t.end <= list[0].start && (t.pos === "VERB" || t.pos === "AUX"));
  if (!verbToken) return null;
  const verb = text.slice(verbToken.start, list[0].start).replace(/,?\s*respectively,?\s*/i, " ");
  const names = text.slice(sentence.start, verbToken.start).trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (names.length < list.length) return null;
  const intro = names.slice(0, names.length - list.length);
  const words = names.slice(-list.length).map((n) => n.split(/\s+/));
  // `The wheat and maize harvests`: the first item's determiner belongs to every item.
  const determiner = words.length && /^(?:the|its|their|our|his|her)$/i.test(words[0][0]) && !/^(?:the|its|their|our|his|her)$/i.test(words.at(-1)![0]) && words[0].length > 1 ? words[0].shift()! : null;
  const split = shared(words, 1);
  const before = [determiner, ...split.before].filter(Boolean).join(" "), after = split.after.join(" ");
  const tail = text.slice(list.at(-1)!.end, sentence.end).replace(/,?\s*\brespectively\b\s*,?/i, " ").replace(/[.!?;]+$/, "").replace(/\s+/g, " ").trimEnd();
  const statements = split.items.map((item, k) =>
    [intro.length ? intro.join(", ") + "," : "", before, item.join(" "), after, verb.trim(), list[k].text].filter(Boolean).join(" ") + tail);
  const tailFigures = inSentence.filter((f) => f.start >= list.at(-1)!.end || f.end <= text.indexOf(names[intro.length], sentence.start)).map((f) => ({ ...f, inherited: true }));
  const spans = list.map((f, k) => ({ start: k === 0 ? sentence.start : f.start, end: k === list.length - 1 ? sentence.end : f.end }));
  return parts(spans, statements, list, tailFigures);
}
