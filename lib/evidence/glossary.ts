import { stem } from "./context-words";

/**
 * A small bilingual glossary of the nouns statistics count, so that a Chinese claim can be checked
 * against an English source and back: each concept with its Chinese words and English words.
 * Written by hand; it names common bulletin nouns only.
 */
const CONCEPTS: [concept: string, zh: string[], en: string[]][] = [
  ["mask", ["口罩"], ["mask"]],
  ["ventilator", ["呼吸机"], ["ventilator"]],
  ["gown", ["防护服", "隔离衣", "手术衣"], ["gown", "coverall"]],
  ["glove", ["手套"], ["glove"]],
  ["goggles", ["护目镜"], ["goggle"]],
  ["thermometer", ["测温仪", "体温计", "额温枪"], ["thermometer"]],
  ["test", ["检测", "试剂"], ["test", "testing", "kit"]],
  ["vaccine", ["疫苗", "接种"], ["vaccine", "vaccination", "dose"]],
  ["gdp", ["国内生产总值", "地区生产总值", "生产总值"], ["gdp", "economy"]],
  ["export", ["出口"], ["export"]],
  ["import", ["进口"], ["import"]],
  ["trade", ["贸易", "进出口"], ["trade"]],
  ["investment", ["投资"], ["investment", "invest"]],
  ["revenue", ["财政收入", "收入"], ["revenue", "income"]],
  ["spending", ["支出", "开支"], ["spending", "expenditure"]],
  ["unemployment", ["失业"], ["unemployment", "unemployed", "jobless"]],
  ["employment", ["就业"], ["employment", "job", "employed"]],
  ["population", ["人口", "常住人口"], ["population", "resident", "inhabitant"]],
  ["doctor", ["医生", "医师"], ["doctor", "physician"]],
  ["nurse", ["护士"], ["nurse"]],
  ["hospital", ["医院"], ["hospital"]],
  ["bed", ["床位", "病床"], ["bed"]],
  ["patient", ["患者", "病人"], ["patient"]],
  ["case", ["病例"], ["case"]],
  ["death", ["死亡"], ["death", "died", "fatality"]],
  ["school", ["学校"], ["school"]],
  ["student", ["学生"], ["student", "pupil"]],
  ["teacher", ["教师", "老师"], ["teacher"]],
  ["volunteer", ["志愿者"], ["volunteer"]],
  ["tourist", ["游客"], ["tourist", "visitor"]],
  ["passenger", ["旅客"], ["passenger"]],
  ["flight", ["航班"], ["flight"]],
  ["grain", ["粮食"], ["grain", "cereal"]],
  ["flour", ["面粉"], ["flour"]],
  ["electricity", ["用电", "电量", "发电"], ["electricity", "power"]],
  ["country", ["国家"], ["country", "nation"]],
  ["company", ["企业", "公司"], ["company", "firm", "enterprise", "business"]],
  ["household", ["家庭", "住户"], ["household", "family"]],
  ["home", ["住房", "房屋", "住宅"], ["home", "house", "dwelling"]],
  ["aid", ["援助"], ["aid", "assistance"]],
  ["donation", ["捐款", "捐赠"], ["donation", "donated"]],
  ["rice", ["稻谷", "大米"], ["rice"]],
  ["road", ["道路", "公路"], ["road", "highway"]],
  ["railway", ["铁路"], ["railway", "rail"]],
];

const BY_TERM = new Map<string, string>();
for (const [concept, zh, en] of CONCEPTS) {
  // Chinese words are compared by character pairs, as context-words.ts reads Chinese.
  for (const word of zh) for (let i = 0; i + 1 < word.length; i++) if (!BY_TERM.has(word.slice(i, i + 2))) BY_TERM.set(word.slice(i, i + 2), concept);
  for (const word of en) if (!BY_TERM.has(stem(word))) BY_TERM.set(stem(word), concept);
}
// Pairs too common to stand for a concept on their own.
for (const pair of ["生产", "收入", "国家", "人口"]) BY_TERM.delete(pair);
for (const [concept, zh] of CONCEPTS) for (const word of zh) if (word.length === 2) BY_TERM.set(word, concept);

/** The concepts a set of terms names (one term: the concept of a head noun). */
export function conceptsOf(terms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms) {
    const c = BY_TERM.get(t);
    if (c) out.add(c);
  }
  return out;
}

export const isChineseTerm = (term: string) => /[\u3400-\u9FFF]/.test(term);
