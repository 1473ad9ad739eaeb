import { clauses, type Span } from "../segment";
import type { Figure, Language } from "../types";
import { MEASURES } from "./classify";
import { capitalise, EN_RELATIVE, fillGap, verbPhrase, withoutConjunction } from "./english";

export interface ClaimPart {
  /** The claim's own span in the cleaned text. */
  span: Span;
  statement: string;
  /** Figures of the shared context that the statement repeats. */
  inherited: Figure[];
}

/** Verbs after which the counted thing starts (`本省共生产|口罩约365亿只`). */
const VERBS = [
  "出口", "进口", "派出", "派遣", "提供", "捐赠", "捐助", "援助", "生产", "发布", "举行", "召开", "新增", "累计", "达到",
  "共有", "完成", "检测", "接种", "收治", "治愈", "确诊", "运送", "交付", "采购", "签署", "出动", "调配", "筹集", "发放",
  "培训", "开展", "建成", "投入", "拨付", "销售", "收到", "获得", "有", "达", "为", "是",
];
const VERB_RE = new RegExp(`(?:${VERBS.sort((a, b) => b.length - a.length).join("|")})`, "g");
/** Verbs that give an item its own predicate (`改造老旧小区120个`), so it borrows none. */
const OWN_VERBS = [
  ...VERBS.filter((v) => v.length > 1), "新建", "改造", "惠及", "实现", "增长", "下降", "上升", "减少", "增加", "提高", "降低", "带动",
  "吸引", "覆盖", "救治", "支援", "设立", "开通", "组织", "现有", "拥有", "超过", "突破", "引进", "安置", "开工", "竣工", "办理", "受理",
  "查处", "排查", "发生", "控制", "保持", "占", "减免", "落实", "帮扶", "走访", "慰问", "延误", "上涨", "下跌", "回落", "扩大", "缩小",
];
const OWN_VERB = new RegExp(OWN_VERBS.join("|"));
/** An item that only says how the figure before it changed: `同比增长8.5%`, `较上周增长12%`. */
const ZH_RELATIVE = /^(?:其中|同比|环比|比上年|比去年|比上月|较上年|较去年|较上周|较上月|较|比|增长|下降|增幅|降幅|上升|提高|增加|减少)/;
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
  // Borrow the verb only in listings shaped like `生产口罩365亿只，手术衣1.27亿件` (figure ends each item).
  const firstEndsWithFigure = !!firstFigure && firstFigure.end >= first.end - 1;
  const firstVerb = firstFigure && language === "en" ? verbPhrase(text.slice(first.start, firstFigure.start)) : null;
  const bodies: string[] = [];
  return parts.map((p, i) => {
    const own = text.slice(p.start, p.end);
    // Only elliptical items (`手术衣1.27亿件`: a short noun then the figure) borrow the first verb.
    const f = measuresIn(figures, p)[0];
    const lead = f ? text.slice(p.start, f.start) : own;
    let partInherited = inherited;
    const relative = i > 0 && !!f && (language === "zh" ? ZH_RELATIVE.test(lead) : EN_RELATIVE.test(lead.trim()));
    let body: string;
    if (relative) {
      // The change belongs to the figure before it: say what changed.
      body = bodies[i - 1] + sep + own;
      partInherited = [...inherited, ...measuresIn(figures, parts[i - 1]).map((g) => ({ ...g, inherited: true }))];
    } else if (language === "zh") {
      const elliptical =
        i > 0 &&
        ((text[p.start - 1] === "、" && lead === "") ||
          (lead.length <= 8 &&
            firstEndsWithFigure &&
            !!f && f.end >= p.end - 1 &&
            !/[、向同与对在从为给把被]|^(?:其中|包括|另有|此外)/.test(lead) &&
            !OWN_VERB.test(lead)));
      body = elliptical ? verb + own : own.replace(/^(?:并且|并|同时|还)(?=.)/, "");
    } else if (i > 0 && /^(?:and|or)?\s*$/.test(lead)) {
      body = verb + withoutConjunction(own);
    } else {
      body = (i > 0 && f ? fillGap(own, lead, firstVerb) : null) ?? withoutConjunction(own);
    }
    bodies.push(body);
    const statement = contextText ? contextText + sep + body : language === "en" ? capitalise(body) : body;
    return { span: p, statement, inherited: partInherited };
  });
}
