import { clauses, type Span } from "../segment";
import type { Figure } from "../types";
import { MEASURES } from "./classify";
import type { Token } from "./english-nlp";

/**
 * What a sentence takes from the one before it to stand alone: `其中，农村地区…` and `Of these, …`
 * name no time, place or whole; `It rose 5%` and `They said …` name no subject.
 */

export interface Previous {
  text: string;
  sentence: Span;
  figures: Figure[];
  /** Tags of the sentence when English. */
  tokens?: Token[];
  /** The subject its pronouns would stand for, resolved itself when it was a pronoun. */
  subject?: string | null;
  /** Whether the sentence made more than one claim: then a pronoun after it has no single antecedent. */
  parts: number;
}

export interface Carried {
  statement: string;
  inherited: Figure[];
}

const isDate = (f: Figure) => f.kind === "date" || f.kind === "date-range";
export const ZH_AMONG = /^其中\s*[，,：:]?\s*/;
export const EN_AMONG = /^(?:of|among|out of)\s+(?:these|them|those|which|this|the total)\b\s*,?\s*/i;
export const EN_PRONOUN = /^(it|they)\b(?!['’]s\b)\s*/i;
/** `It is expected …`, `It was the third fall`: an `it` that stands for no noun. */
const DUMMY_IT = /^it\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|means|meant|marks|marked)\b/i;

/** The previous sentence's dated lead clauses (`2024年`, `截至7月31日`) and their figures. */
function datedLead(prev: Previous): { text: string; figures: Figure[]; end: number } {
  const cs = clauses(prev.text, prev.sentence);
  const firstMeasure = prev.figures.find((f) => MEASURES.has(f.kind));
  const lead = cs.filter((c) => (!firstMeasure || c.end <= firstMeasure.start) && prev.figures.some((f) => isDate(f) && f.start >= c.start && f.end <= c.end));
  const figures = prev.figures.filter((f) => isDate(f) && lead.some((c) => f.start >= c.start && f.end <= c.end));
  return { text: lead.map((c) => prev.text.slice(c.start, c.end)).join("，"), figures, end: lead.at(-1)?.end ?? prev.sentence.start };
}

// What ends the whole before its figure: the verb and a change's comparison (`同比增长`, `比上年下降`).
const ZH_WHOLE_VERB = /(?:(?:同比|环比|比上年同期|比上年|较上年|比去年|较去年|比上月)?(?:共|约|近|达到|达|为|是|有|累计|总计|合计|超过|突破|增长|下降|减少|增加|上升|回落|提高|降低))+$/;

/** The whole a `其中` picks from: the words before the previous sentence's first figure, without its verb (`全省常住人口`). */
function zhWhole(prev: Previous, after: number): string {
  const firstMeasure = prev.figures.find((f) => MEASURES.has(f.kind) && f.start >= after);
  if (!firstMeasure) return "";
  const cs = clauses(prev.text, prev.sentence);
  const clause = cs.find((c) => c.start <= firstMeasure.start && firstMeasure.start < c.end);
  if (!clause) return "";
  const start = Math.max(clause.start, after);
  return prev.text.slice(start, firstMeasure.start).replace(/^[，,\s]+/, "").replace(/共有|现有|拥有|完成|实现/, "").replace(ZH_WHOLE_VERB, "");
}

/** `其中，农村地区人口1200万人` → `2024年，全省常住人口中，农村地区人口1200万人`. */
export function carryZh(statement: string, prev: Previous | null): Carried | null {
  const m = ZH_AMONG.exec(statement);
  if (!m || !prev) return null;
  const lead = datedLead(prev);
  const whole = zhWhole(prev, lead.end);
  if (!lead.text && !whole) return null;
  const rest = statement.slice(m[0].length);
  const sep = statement.includes("，") || prev.text.slice(prev.sentence.start, prev.sentence.end).includes("，") ? "，" : ",";
  const head = [lead.text, whole ? `${whole}中` : ""].filter(Boolean).join(sep);
  return { statement: `${head}${sep}${rest}`, inherited: lead.figures.map((f) => ({ ...f, inherited: true })) };
}

/** The noun phrase before the first finite verb of an English sentence, after any lead phrase (`In May, `). */
export function englishSubject(text: string, sentence: Span, tokens: Token[]): string | null {
  const abs = tokens.map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
  const verb = abs.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb <= 0) return null;
  let from = 0;
  for (let i = 0; i < verb; i++) if (abs[i].text === ",") from = i + 1;
  const np = abs.slice(from, verb);
  if (np.length === 0 || np.length > 6 || !np.some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return null;
  if (np.some((t) => t.pos === "VERB" || t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "PUNCT" || t.pos === "NUM")) return null;
  const subject = text.slice(np[0].start, np.at(-1)!.end);
  // Written again inside a sentence, a common noun loses the capital it had at the start (`Volunteers` → `volunteers`).
  return np[0].pos === "PROPN" ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
}

const plural = (np: string) => /\band\b/i.test(np) || /(?:s|people|police|staff|children)$/i.test(np) && !/(?:ss|us|is|news|series|statistics|economics)$/i.test(np);

/** The time phrase of an English sentence: a date with the preposition before it (`In 2024`, `in May`). */
function englishTime(prev: Previous): { text: string; figures: Figure[] } {
  const date = prev.figures.find(isDate);
  if (!date) return { text: "", figures: [] };
  const before = prev.text.slice(Math.max(prev.sentence.start, date.start - 12), date.start);
  const prep = /\b(in|on|during|between|from|by|since|as of|at the end of)\s+(?:the\s+)?$/i.exec(before);
  const text = prep ? `${prep[0]}${date.text}` : `In ${date.text}`;
  return { text: text.charAt(0).toUpperCase() + text.slice(1), figures: [{ ...date, inherited: true }] };
}

/**
 * `Of these, 12,000 were in rural areas` after `In 2024, the province recorded 45,000 births` →
 * `In 2024, of the province's 45,000 births, 12,000 were in rural areas`.
 */
export function carryEn(statement: string, prev: Previous | null): Carried | null {
  const m = EN_AMONG.exec(statement);
  if (!m || !prev) return null;
  const subject = prev.subject;
  const counted = prev.figures.find((f) => MEASURES.has(f.kind) && f.kind !== "percent" && f.unit && /^[a-z]/i.test(f.unit));
  if (!subject && !counted) return null;
  const time = englishTime(prev);
  const lower = subject;
  // `the province recorded 45,000 births` → `of the 45,000 births the province recorded`.
  const found = subject ? prev.text.slice(prev.sentence.start, prev.sentence.end).toLowerCase().indexOf(subject.toLowerCase()) : -1;
  const at = found < 0 ? -1 : prev.sentence.start + found;
  const verb = counted && subject && at >= 0 && at < counted.start ? prev.text.slice(at + subject!.length, counted.start).trim() : "";
  const relative = verb && /^[a-z]+(?: [a-z]+){0,2}$/i.test(verb) ? ` ${lower} ${verb}` : "";
  const whole = counted ? `of the ${counted.text}${relative}` : `of ${lower}`;
  const head = time.text ? `${time.text}, ${whole}` : whole.charAt(0).toUpperCase() + whole.slice(1);
  return { statement: `${head}, ${statement.slice(m[0].length)}`, inherited: time.figures };
}

/** `It rose 5%` after `The index …`: the pronoun replaced by the previous subject, when it is the only one and agrees. */
export function resolvePronoun(statement: string, prev: Previous | null): string | null {
  const m = EN_PRONOUN.exec(statement);
  if (!m || !prev?.subject || prev.parts > 1 || DUMMY_IT.test(statement)) return null;
  const they = m[1].toLowerCase() === "they";
  if (they !== plural(prev.subject)) return null;
  return `${prev.subject.charAt(0).toUpperCase()}${prev.subject.slice(1)} ${statement.slice(m[0].length)}`;
}
