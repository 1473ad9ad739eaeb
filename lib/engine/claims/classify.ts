import { mentionsPlace } from "../countries";
import type { ClaimKind, ConsistencyCheck, Figure } from "../types";

export const MEASURES = new Set<Figure["kind"]>(["count", "quantity", "money", "percent"]);

const ZH_SPEECH_VERBS = "称|表示|指出|强调|说|认为|介绍|提出|宣布|呼吁|坦言|透露|写道|回应|重申|证实|承认|警告";
const ZH_QUOTE = new RegExp(`^(?:据)?([^,，。:：;；“”]{1,30}?)(${ZH_SPEECH_VERBS})(?:道)?[,，:：]`);
const ZH_ACCORDING = /^据([^,，。]{2,30}?)(报道|介绍|统计|消息)[,，]/;
const EN_VERBS = "said|says|stated|told|noted|added|warned|stressed|declared|explained|insisted|argued|claimed";
const EN_QUOTE = new RegExp(`^([A-Z][^,.;:"“”]{1,60}?)\\s(${EN_VERBS}|announced(?= that\\b|,))\\b`);
/** `…," said Health Minister Jane Doe at a press conference.` */
const EN_QUOTE_AFTER = new RegExp(`[,"”?!]\\s*(said|says|added|told reporters)\\s+([A-Z][^,.;"”]{1,60}?)[.,]?\\s*$`);
/** `…," she said.`, `…," Doe said.`, `…, the National Health Commission said on Saturday.` */
const EN_SPEAKER_LAST = new RegExp(`[,"”?!]\\s*((?:the\\s+)?[A-Za-z][^,.;"“”]{0,60}?)\\s+(${EN_VERBS})(?:\\s+(?:on|in|at|last|this|late|earlier)\\b[^,.;"“”]{0,30})?[.!]?\\s*$`);
const EN_ACCORDING = /^According to ([^,]{2,60}),/;
const EN_ACCORDING_AFTER = /,\s+according to ([^,.;]{2,60})[.!]?\s*$/;
const PRONOUNS = /^(?:我|我们|他|她|他们|它|大家|有人|人们|专家|It|He|She|They|We|I)$/;
/** Pronouns that stand for the last named speaker. */
export const RESOLVABLE = /^(?:he|she|他|她)$/i;

export interface Attribution {
  speaker: string;
  verb: string;
}

/** `Health Minister Jane Doe at a press conference` → `Health Minister Jane Doe`: the capitalised name and title. */
function nameOnly(phrase: string): string {
  if (/^the\s/i.test(phrase)) return phrase;
  const m = /^(?:[A-Z][\w.'’-]*)(?:\s+(?:(?:of|for|and|the|de|van|von)\s+)*[A-Z][\w.'’-]*)*/.exec(phrase);
  return m ? m[0] : phrase;
}

/** Attributed speech: `市长王明称，…`, `发言人表示，…`, `"…," said the minister.` */
export function attribution(sentence: string): Attribution | null {
  let m = ZH_ACCORDING.exec(sentence);
  if (m) return { speaker: m[1], verb: m[2] };
  m = ZH_QUOTE.exec(sentence);
  if (m && !PRONOUNS.test(m[1]) && !/^(?:并|也|还|都|就|又)$/.test(m[1])) return { speaker: m[1].replace(/^(?:此外|同时|另外|对此)/, "").replace(/(?:普遍|一致|纷纷|也|都|还|均|再次|多次|曾|则|更)+$/, ""), verb: m[2] };
  if (m && /^(?:他|她)$/.test(m[1])) return { speaker: m[1], verb: m[2] };
  // English attribution needs an English verb: spare Chinese sentences the English patterns.
  if (!/[a-z]{3}/.test(sentence)) return null;
  m = EN_ACCORDING.exec(sentence);
  if (m) return { speaker: m[1], verb: "according to" };
  m = EN_QUOTE.exec(sentence);
  if (m && !PRONOUNS.test(m[1])) return { speaker: nameOnly(m[1]), verb: m[2] };
  m = EN_QUOTE_AFTER.exec(sentence);
  if (m) return { speaker: nameOnly(m[2]), verb: m[1] };
  m = EN_SPEAKER_LAST.exec(sentence);
  if (m && (RESOLVABLE.test(m[1]) || /^(?:the\s+)?[A-Z]/.test(m[1]))) return { speaker: RESOLVABLE.test(m[1]) ? m[1] : nameOnly(m[1]), verb: m[2] };
  m = EN_ACCORDING_AFTER.exec(sentence);
  if (m) return { speaker: m[1], verb: "according to" };
  return null;
}

const EVENT_WORDS = /举行|召开|举办|会见|会谈|访问|出席|签署|抵达|飞往|派出|启动|成立|发布|宣布|通报|开幕|闭幕|峰会|会议|外长会|held|met|visited|signed|arrived|launched|announced|summit|meeting|conference/;
const OPINION_WORDS = /应该|应当|必须|希望|要|将会|有望|呼吁|坚决|始终|一贯|should|must|hope|believe|committed/;

export function claimKind(figures: Figure[], speaker: Attribution | null, text: string): ClaimKind {
  if (speaker) return "quote";
  if (figures.some((f) => MEASURES.has(f.kind))) return "statistic";
  if (figures.some((f) => f.kind === "date" || f.kind === "date-range" || f.kind === "ordinal") || EVENT_WORDS.test(text)) return "event";
  return "other";
}

/**
 * Check-worthiness in [0, 1], a transparent sum (so editors can reason about the queue order):
 *   0.10 base
 * + 0.45 for a checkable figure (count, quantity, money, percent), + 0.05 per extra one, at most + 0.10
 * + 0.30 for attributed speech (did the person say it?)
 * + 0.20 for a dated or named happening
 * + 0.10 for naming a country or international organisation
 * + 0.10 for a stated count with its list, + 0.15 more when the count and list disagree
 * − 0.15 for opinion or exhortation (should, must, 应该, 坚决 …): harder to verify
 * − 0.10 for a fragment under 10 characters.
 */
export function checkworthiness(kind: ClaimKind, figures: Figure[], text: string, checks: ConsistencyCheck[]): number {
  const own = figures.filter((f) => !f.inherited);
  const measures = own.filter((f) => MEASURES.has(f.kind)).length;
  let score = 0.1;
  if (measures > 0) score += 0.45 + Math.min(0.1, 0.05 * (measures - 1));
  if (kind === "quote") score += 0.3;
  if (figures.some((f) => f.kind === "date" || f.kind === "date-range") || EVENT_WORDS.test(text)) score += 0.2;
  if (mentionsPlace(text)) score += 0.1;
  if (checks.length) score += 0.1;
  if (checks.some((c) => !c.ok)) score += 0.15;
  if (OPINION_WORDS.test(text)) score -= 0.15;
  if (text.length < 10) score -= 0.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
