import { mentionsPlace } from "../countries";
import type { ClaimKind, ConsistencyCheck, Figure } from "../types";

export const MEASURES = new Set<Figure["kind"]>(["count", "quantity", "money", "percent"]);

const ZH_SPEECH_VERBS = "称|表示|指出|强调|说|认为|介绍|提出|宣布|呼吁|坦言|透露|写道|回应|重申|证实|承认|警告";
const ZH_QUOTE = new RegExp(`^(?:据)?([^,，。:：;；“”]{1,30}?)(${ZH_SPEECH_VERBS})(?:道)?[,，:：]`);
const ZH_ACCORDING = /^据([^,，。]{2,30}?)(报道|介绍|统计|消息)[,，]/;
const EN_QUOTE = /^([A-Z][^,.;:"“”]{1,60}?)\s(said|says|stated|told|noted|added|announced|warned|stressed|declared)\b/;
const EN_QUOTE_AFTER = /[,"”]\s*(said|says)\s+([A-Z][^,.;]{1,60}?)[.,]?\s*$/;
const EN_ACCORDING = /^According to ([^,]{2,60}),/;
const PRONOUNS = /^(?:我|我们|他|她|他们|它|大家|有人|人们|专家|It|He|She|They|We|I)$/;

export interface Attribution {
  speaker: string;
  verb: string;
}

/** Attributed speech: `联合国秘书长古特雷斯称，…`, `谭德塞表示，…`, `"…," said the minister.` */
export function attribution(sentence: string): Attribution | null {
  let m = ZH_ACCORDING.exec(sentence);
  if (m) return { speaker: m[1], verb: m[2] };
  m = ZH_QUOTE.exec(sentence);
  if (m && !PRONOUNS.test(m[1]) && !/^(?:并|也|还|都|就|又)$/.test(m[1])) return { speaker: m[1].replace(/^(?:此外|同时|另外|对此)/, "").replace(/(?:普遍|一致|纷纷|也|都|还|均|再次|多次|曾|则|更)+$/, ""), verb: m[2] };
  m = EN_ACCORDING.exec(sentence);
  if (m) return { speaker: m[1], verb: "according to" };
  m = EN_QUOTE.exec(sentence);
  if (m && !PRONOUNS.test(m[1])) return { speaker: m[1], verb: m[2] };
  m = EN_QUOTE_AFTER.exec(sentence);
  if (m) return { speaker: m[2], verb: m[1] };
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
