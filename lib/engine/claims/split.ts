import { clauses, type Span } from "../segment";
import type { Figure, Language } from "../types";
import { MEASURES } from "./classify";

export interface ClaimPart {
  /** The claim's own span in the cleaned text. */
  span: Span;
  statement: string;
  /** Figures of the shared context that the statement repeats. */
  inherited: Figure[];
}

/** Verbs after which the counted thing starts (`中国共出口|口罩约223亿只`). */
const VERBS = [
  "出口", "进口", "派出", "派遣", "提供", "捐赠", "捐助", "援助", "生产", "发布", "举行", "召开", "新增", "累计", "达到",
  "共有", "完成", "检测", "接种", "收治", "治愈", "确诊", "运送", "交付", "采购", "签署", "出动", "调配", "筹集", "发放",
  "培训", "开展", "建成", "投入", "拨付", "销售", "收到", "获得", "有", "达", "为", "是",
];
const VERB_RE = new RegExp(`(?:${VERBS.sort((a, b) => b.length - a.length).join("|")})`, "g");
const VERB_START = new RegExp(`^(?:${VERB_RE.source})`);
const MAX_CONTEXT = 40;
let words: Intl.Segmenter | null = null;

const measuresIn = (figures: Figure[], s: Span) => figures.filter((f) => MEASURES.has(f.kind) && f.start >= s.start && f.end <= s.end);

/** Units that each carry their own figure: clauses, and 、-items of a clause when each has one. */
function units(text: string, sentence: Span, figures: Figure[]): { parts: Span[]; clauses: Span[] } {
  const cs = clauses(text, sentence);
  const parts: Span[] = [];
  for (const c of cs) {
    const ms = measuresIn(figures, c);
    if (ms.length === 0) continue;
    const items: Span[] = [];
    let s = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i === c.end || text[i] === "、") {
        items.push({ start: s, end: i });
        s = i + 1;
      } else if (text.startsWith(" and ", i) || text.startsWith(" or ", i)) {
        items.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (ms.length >= 2 && items.length === ms.length && items.every((it) => measuresIn(figures, it).length === 1)) parts.push(...items);
    else parts.push(c);
  }
  return { parts, clauses: cs };
}

function verbPrefix(text: string, unit: Span, figure: Figure, language: Language): string {
  const before = text.slice(unit.start, figure.start);
  if (language === "en") return before;
  let cut = -1;
  for (const m of before.matchAll(VERB_RE)) cut = m.index + m[0].length;
  if (cut >= 0) return before.slice(0, cut);
  // No known verb: drop the last word, which names the counted thing.
  words ??= new Intl.Segmenter("zh", { granularity: "word" });
  const parts = [...words.segment(before)];
  return parts.length > 1 ? parts.slice(0, -1).map((w) => w.segment).join("") : "";
}

/**
 * Split a sentence that lists several figures into one claim per figure, each with a standalone
 * statement that repeats the shared context: the clauses before the first figure (trimmed to the
 * dated ones when long) and the verb of the first figure's clause.
 */
export function splitSentence(text: string, sentence: Span, figures: Figure[], language: Language): ClaimPart[] {
  const { parts, clauses: cs } = units(text, sentence, figures);
  const whole = [{ span: sentence, statement: text.slice(sentence.start, sentence.end), inherited: [] }];
  if (parts.length < 2) return whole;
  const leading = cs.filter((c) => c.end <= parts[0].start);
  let context = leading;
  const joinedLength = leading.reduce((n, c) => n + c.end - c.start, 0);
  if (joinedLength > MAX_CONTEXT) {
    context = leading.filter((c) => figures.some((f) => (f.kind === "date" || f.kind === "date-range") && f.start >= c.start && f.end <= c.end));
  }
  const sep = language === "en" ? ", " : text.slice(sentence.start, sentence.end).includes("，") ? "，" : ",";
  const contextText = context.map((c) => text.slice(c.start, c.end)).join(sep);
  const inherited = figures.filter((f) => context.some((c) => f.start >= c.start && f.end <= c.end)).map((f) => ({ ...f, inherited: true }));
  const first = parts[0];
  const firstFigure = measuresIn(figures, first)[0];
  const verb = firstFigure ? verbPrefix(text, first, firstFigure, language) : "";
  // Borrow the verb only in listings shaped like `出口口罩223亿只，防护服1.14亿件` (figure ends each item).
  const firstEndsWithFigure = !!firstFigure && firstFigure.end >= first.end - 1;
  return parts.map((p, i) => {
    const own = text.slice(p.start, p.end);
    // Only elliptical items (`防护服1.14亿件`: a short noun then the figure) borrow the first verb.
    const f = measuresIn(figures, p)[0];
    const lead = f ? text.slice(p.start, f.start) : own;
    const elliptical =
      i > 0 &&
      (language === "zh"
        ? (text[p.start - 1] === "、" && lead === "") ||
          lead.length <= 8 &&
          firstEndsWithFigure &&
          !!f && f.end >= p.end - 1 &&
          !/[、向同与对在从为给把被]|^(?:其中|包括|另有|此外)/.test(lead) &&
          !VERB_START.test(lead)
        : /^(?:and|or)?\s*$/.test(lead));
    const body = elliptical ? verb + own.replace(/^(?:and|or)\s+/, "") : own;
    return { span: p, statement: contextText ? contextText + sep + body : body, inherited };
  });
}
