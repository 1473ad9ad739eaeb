import { clauses, type Span } from "../segment";
import type { Figure, Language } from "../types";
import { MEASURES } from "./classify";
import { splitEnglish } from "./english-clauses";
import type { Token } from "./english-nlp";
import { respectivelyEn, respectivelyZh } from "./respectively";

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
  "培训", "开展", "建成", "投入", "拨付", "销售", "收到", "获得", "调拨", "转移安置", "安置", "转移", "疏散", "撤离", "救助", "资助",
  "招聘", "录取", "种植", "播种", "修建", "修复", "维修", "检修", "启动", "安排", "接待", "实现", "组建",
  "有", "达", "为", "是",
];
const VERB_RE = new RegExp(`(?:${VERBS.sort((a, b) => b.length - a.length).join("|")})`, "g");
/** Verbs that give an item its own predicate (`改造老旧小区120个`), so it borrows none. */
const OWN_VERBS = [
  ...VERBS.filter((v) => v.length > 1), "新建", "改造", "惠及", "增长", "下降", "上升", "减少", "增加", "提高", "降低", "带动",
  "吸引", "覆盖", "救治", "支援", "设立", "开通", "组织", "现有", "拥有", "超过", "突破", "引进", "开工", "竣工", "办理", "受理",
  "查处", "排查", "发生", "控制", "保持", "占", "减免", "落实", "帮扶", "走访", "慰问", "延误", "上涨", "下跌", "回落", "扩大", "缩小",
  "稳定", "举办", "推动", "出栏", "上缴", "偏少", "偏多", "分赴", "奔赴", "赶赴", "前往", "死亡", "受伤", "遇难", "失踪", "获救",
];
const OWN_VERB = new RegExp(OWN_VERBS.join("|"));
const OWN_VERB_ALL = new RegExp(OWN_VERBS.join("|"), "g");
/**
 * A clause that only says more about the figure before it: how it changed (`同比增长8.5%`), its
 * share (`占全市的52.6%`), its breakdown (`其中治愈118例`, `分别为…`) or its total: it stays in
 * the claim of that figure, so each figure is in one claim.
 */
const ZH_RELATIVE = /^(?:约|近|超|逾|将近|接近)?(?:其中|距离|距|同比|环比|比上年|比去年|比上月|比年初|比上年末|较上年|较去年|较上周|较上月|较|比|增长|下降|增幅|降幅|涨幅|跌幅|增速|上升|提高|增加|减少|占比|占|相当于|分别为|分别是|分别|首次|累计金额|总金额|金额|总额|合计|共计|总计|使|按不变价格计算)/;
/**
 * A comparison of the figure before with a benchmark (`高于全省0.8个百分点`, `超过全国平均水平`): it
 * stays in that figure's claim, as alone it says neither what is compared nor with what figure.
 */
const ZH_COMPARISON = /^(?:均|分别|仍)?(?:(?:高于|低于|快于|慢于|优于|好于|超出|领先于?|落后于?)[^的]*|超过(?:全国|全省|全市|全区|全县|全球|全行业|平均|同期|上年|去年|预期|目标|计划)[^的]*)$/;
/** A clause that starts with its verb borrows the subject of the clause before (`达到5126.8亿元`, `派出工作组52个`). */
const LEAD_ADVERBS = ["先后", "已经", "已", "还", "并", "也", "又", "再", "连续", "均", "共", "累计", "达"];
const ZH_NO_SUBJECT = new RegExp(`^(?:${[...LEAD_ADVERBS, ...OWN_VERBS.filter((v) => !/有/.test(v))].join("|")})`);
/** A verb followed by one of these is inside a noun (`生产总值`, `确诊病例`, `出口额`). */
const NOUN_AFTER_VERB = /^(?:总值|总额|额|量|率|病例|企业|者|人员|能力|规模|数|总量|产品|物资|设备|项目|工作|情况|指数|值|面积|试剂|仪|剂)/;
/** A verb of the lead's own (`改造老旧小区`), not one inside a noun (`核酸检测试剂盒`). */
const ownVerbIn = (lead: string) => [...lead.matchAll(OWN_VERB_ALL)].some((m) => !NOUN_AFTER_VERB.test(lead.slice(m.index + m[0].length)));
/** Words between a verb and its number that are no counted noun (`出口约706亿只`). */
const NO_NOUN = /^(?:约|近|超|逾|共|达|累计|总计|合计|了)*$/;
/** Adverbs between a subject and its verb (`国家防总先后启动`), left out of a borrowed subject. */
const ZH_ADVERB_END = /(?:先后|已经|已|还|并|也|又|再|均|共|累计|全力|积极)+$/;
/** The end of a noun that names a quantity (`民用汽车保有量`, `地区生产总值`), which can do nothing. */
const QUANTITY_END = /(?:量|值|额|率|数|面积|收入|支出|人口|价格|利润|规模|增速|比重|余额|指数)$/;
/** Words between a subject and its figure when the subject names that figure (`粮食总产量约|165万吨`), not a doer. */
const NAMES_FIGURE = /^(?:约|近|超|逾|共|达到|达|为|是|累计|总计|合计)*$/;
/** Leading adverbs and verbs of a clause, after which what remains before the figure is its object (`新建改建|农村公路`). */
const LEADING_VERBS = new RegExp(`^(?:${[...LEAD_ADVERBS, "改建", "扩建", ...OWN_VERBS].sort((a, b) => b.length - a.length).join("|")})+`);
const MAX_CONTEXT = 40;

const measuresIn = (figures: Figure[], s: Span) => figures.filter((f) => MEASURES.has(f.kind) && f.start >= s.start && f.end <= s.end);
const isDate = (f: Figure) => f.kind === "date" || f.kind === "date-range";

interface Unit extends Span {
  /** Index of the clause the unit belongs to. */
  clause: number;
  /** A 、-item after the first of its clause. */
  item: boolean;
}

/** Units that each carry their own figure: clauses, and 、-items of a clause when each has one. */
function units(text: string, sentence: Span, figures: Figure[]): { parts: Unit[]; clauses: Span[] } {
  const cs = clauses(text, sentence);
  const parts: Unit[] = [];
  cs.forEach((c, ci) => {
    const ms = measuresIn(figures, c);
    if (ms.length === 0) return;
    const items: Span[] = [];
    let s = c.start;
    // 0x3001 is 、; a character code, as a one-character CJK string would be allocated for each character.
    for (let i = c.start; i <= c.end; i++) {
      if (i === c.end || text.charCodeAt(i) === 0x3001) {
        items.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (ms.length >= 2 && items.length === ms.length && items.every((it) => measuresIn(figures, it).length === 1)) {
      items.forEach((it, k) => parts.push({ ...it, clause: ci, item: k > 0 }));
    } else parts.push({ ...c, clause: ci, item: false });
  });
  return { parts, clauses: cs };
}

/** The words before the figure up to its verb (`全国共紧急转移安置`), without the counted noun. */
function verbPrefix(text: string, unit: Span, figure: Figure): string | null {
  const before = text.slice(unit.start, figure.start);
  let cut = -1;
  // A verb inside a noun (`保有量`, `生产总值`) is none: `保有量8.6万辆，建设充电桩…` has no verb to lend.
  for (const m of before.matchAll(VERB_RE)) if (!NOUN_AFTER_VERB.test(before.slice(m.index + m[0].length))) cut = m.index + m[0].length;
  return cut >= 0 ? before.slice(0, cut) : null;
}

/** A bound written as a verb (`突破5000亿元`, `超过600万千瓦`): the verb is part of the figure. */
const VERB_BOUND = /^(?:突破|超过|超出|逾|超|过|达到|达|高于|低于|不到|不足|不少于|不超过)/;
const PREPOSITION = /[向同与对在从给把被]/;

/**
 * The subject of a clause: the words before its first verb. `全年全市地区生产总值突破…` is not
 * cut at the 生产 inside its noun, and `我们还同60多个国家…` is cut before the preposition.
 */
function subjectOf(text: string, unit: Span, figures: Figure[]): string {
  const figure = measuresIn(figures, unit)[0];
  const before = text.slice(unit.start, figure ? figure.start : unit.end);
  let subject: string;
  const preposition = PREPOSITION.exec(before);
  if (figure && VERB_BOUND.test(figure.text)) subject = before;
  else if (preposition) subject = before.slice(0, preposition.index);
  else {
    const verb = [...before.matchAll(OWN_VERB_ALL)].find((m) => !NOUN_AFTER_VERB.test(before.slice(m.index + m[0].length)));
    // Without a verb the words before the number name it (`粮食总产量约165万吨`).
    subject = verb ? before.slice(0, verb.index) : figure ? before.replace(/(?:约|近|共|达|为|是)+$/, "") : "";
  }
  // `一季度地区生产总值`: a date at the front belongs to that clause alone.
  const lead = figures.find((d) => isDate(d) && d.start === unit.start && d.end <= unit.start + subject.length);
  if (lead) subject = subject.slice(lead.end - lead.start);
  return subject.replace(ZH_ADVERB_END, "");
}

/**
 * Split a sentence that lists several figures into one claim per figure, each with a standalone
 * statement that repeats the shared context: the clauses before the first figure (trimmed to the
 * dated ones when long), the verb of an elliptical item's first item, the subject of a clause that
 * has none. Clauses that only qualify the figure before them stay in its claim.
 */
export function splitSentence(text: string, sentence: Span, figures: Figure[], language: Language, tagged?: Token[]): ClaimPart[] {
  if (language === "en") return respectivelyEn(text, sentence, figures, tagged) ?? splitEnglish(text, sentence, figures, tagged);
  const paired = respectivelyZh(text, sentence, figures);
  if (paired) return paired;
  const whole = [{ span: sentence, statement: text.slice(sentence.start, sentence.end), inherited: [] }];
  if (measuresIn(figures, sentence).length < 2) return whole;
  const { parts, clauses: cs } = units(text, sentence, figures);
  if (parts.length < 2) return whole;
  const leading = cs.filter((c) => c.end <= parts[0].start);
  let context = leading;
  const joinedLength = leading.reduce((n, c) => n + c.end - c.start, 0);
  if (joinedLength > MAX_CONTEXT) context = leading.filter((c) => figures.some((f) => isDate(f) && f.start >= c.start && f.end <= c.end));
  const sep = text.slice(sentence.start, sentence.end).includes("，") ? "，" : ",";
  const dated = (c: Span) => figures.some((f) => isDate(f) && f.start >= c.start && f.end <= c.end);
  // `一季度，…8200亿元，前三季度…1.1万亿元`: a part that names its own period drops the shared one.
  const contextOf = (ownDate: boolean) => {
    const kept = ownDate ? context.filter((c) => !dated(c)) : context;
    return {
      contextText: kept.map((c) => text.slice(c.start, c.end)).join(sep),
      inherited: figures.filter((f) => kept.some((c) => f.start >= c.start && f.end <= c.end)).map((f) => ({ ...f, inherited: true })),
    };
  };
  const shared = contextOf(false);

  interface Built { span: Span; body: string; unit: Unit; inherited: Figure[]; contextText: string }
  const built: Built[] = [];
  const merged = new Set<number>();
  parts.forEach((p, i) => {
    const own = text.slice(p.start, p.end);
    const f = measuresIn(figures, p)[0];
    const lead = f ? text.slice(p.start, f.start) : own;
    const prev = built.at(-1);
    if (prev && i > 0 && ((!p.item && (ZH_RELATIVE.test(lead) || ZH_COMPARISON.test(lead))) || (p.item && merged.has(p.clause)))) {
      // The clause says more about the figure before it (and so do its 、-items): one claim.
      prev.body += text.slice(prev.span.end, p.end);
      prev.span = { start: prev.span.start, end: p.end };
      merged.add(p.clause);
      return;
    }
    let body = own.replace(/^(?:并且|并|同时|而且)(?=.)/, "");
    if (p.item && i > 0) {
      // `帐篷2.3万顶、折叠床4.1万张`: an item borrows the verb of its clause's first item (and the subject that one borrowed).
      const first = built.find((b) => b.unit.clause === p.clause && !b.unit.item);
      const firstFigure = first ? measuresIn(figures, first.unit)[0] : undefined;
      const verb = first && firstFigure ? verbPrefix(text, first.unit, firstFigure) : null;
      const borrowed = first ? first.body.slice(0, first.body.length - (first.unit.end - first.unit.start)) : "";
      if (verb !== null && !ownVerbIn(lead)) body = borrowed + verb + own;
    } else if (i > 0 && f) {
      const ref = built.find((b) => !b.unit.item) ?? built[0];
      const refFigure = measuresIn(figures, ref.unit)[0];
      // The figure a verb counts stands at the end of its clause (`向200多个国家出口口罩706亿只`).
      const counted = measuresIn(figures, ref.unit).at(-1)!;
      const dateLead = figures.find((d) => isDate(d) && d.start === p.start);
      const verbAfterDate = dateLead && OWN_VERB.exec(text.slice(dateLead.end, f.start))?.index === 0;
      if (ZH_NO_SUBJECT.test(lead)) {
        // The subject left out is the last one named (`粮食总产量约165万吨，连续8年稳定在…`).
        const donor = built.filter((b) => !b.unit.item && subjectOf(text, b.unit, figures)).at(-1)?.unit ?? ref.unit;
        const subject = subjectOf(text, donor, figures);
        const donorFigure = measuresIn(figures, donor)[0];
        const donorLead = donorFigure ? text.slice(donor.start, donorFigure.start) : "";
        // `新建改建农村公路1250公里` after `民用汽车保有量312.8万辆`: a verb with an object of its own needs a doer,
        // and a quantity (a subject right before its figure, or a noun of amount) is none; what only goes on about it still borrows it.
        const hasObject = !NO_NOUN.test(lead.replace(LEADING_VERBS, ""));
        // (`新增和改善农村公路超过2万公里，惠及…`: a subject with a verb in it names a deed, which can act.)
        const quantity = QUANTITY_END.test(subject)
          || !ownVerbIn(subject) && NAMES_FIGURE.test(donorLead.slice(donorLead.lastIndexOf(subject) + subject.length));
        if (!(hasObject && quantity)) body = subject + body;
      } else if (verbAfterDate) {
        // `上半年增长5.4%` after `一季度地区生产总值增长5.2%`: the period, then the subject it lacks.
        body = text.slice(dateLead.start, dateLead.end) + subjectOf(text, ref.unit, figures) + text.slice(dateLead.end, p.end);
      } else if (refFigure && lead.length <= 8 && f.end >= p.end - 1 && counted.end >= ref.unit.end - 1
        && counted.kind === f.kind && f.kind !== "percent" && !VERB_BOUND.test(f.text)
        && !/[、向同与对在从为给把被]|^(?:其中|包括|另有|此外)/.test(lead) && !ownVerbIn(lead)) {
        // `生产口罩365亿只，手术衣1.27亿件`: an elliptical item borrows the first item's verb, when that verb
        // counts a noun (`架次达18.6万架次，船舶2.4万艘次` has none to replace: the item has its own subject).
        const verb = verbPrefix(text, ref.unit, counted);
        if (verb !== null && !NO_NOUN.test(text.slice(ref.unit.start + verb.length, counted.start))) body = verb + own;
      }
    }
    const ownDate = i > 0 && figures.some((d) => isDate(d) && d.start === p.start);
    built.push({ span: { start: p.start, end: p.end }, body, unit: p, ...(ownDate ? contextOf(true) : shared) });
  });
  if (built.length < 2) return whole;
  return built.map((b) => ({ span: b.span, statement: b.contextText ? b.contextText + sep + b.body : b.body, inherited: b.inherited }));
}
