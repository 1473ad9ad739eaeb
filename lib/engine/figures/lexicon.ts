import type { Approx } from "../types";

/** Longest-first alternation for a list of literal words. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")).join("|");
}

/** Chinese currency words → ISO 4217. 元 alone is the renminbi in mainland bulletins. */
export const ZH_CURRENCIES: Record<string, string> = {
  美元: "USD", 美金: "USD", 欧元: "EUR", 英镑: "GBP", 日元: "JPY", 港元: "HKD", 港币: "HKD", 澳门元: "MOP",
  澳元: "AUD", 加元: "CAD", 加拿大元: "CAD", 卢布: "RUB", 韩元: "KRW", 瑞士法郎: "CHF", 新台币: "TWD",
  人民币: "CNY", 元人民币: "CNY", 元: "CNY", 特别提款权: "XDR", 卢比: "INR", 新加坡元: "SGD", 新元: "SGD",
};

/** Currency signs and codes written before the number. */
export const PREFIX_CURRENCIES: Record<string, string> = {
  US$: "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", RMB: "CNY", HK$: "HKD", A$: "AUD", C$: "CAD",
  USD: "USD", EUR: "EUR", GBP: "GBP", CNY: "CNY", JPY: "JPY", 人民币: "CNY",
};

export const EN_CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD", "us dollars": "USD", "u.s. dollars": "USD", yuan: "CNY", renminbi: "CNY", euros: "EUR", euro: "EUR",
  "pounds sterling": "GBP", yen: "JPY", rupees: "INR", roubles: "RUB", rubles: "RUB", usd: "USD", eur: "EUR", cny: "CNY",
  gbp: "GBP", jpy: "JPY",
};

/** Chinese classifiers for counted things. */
export const ZH_CLASSIFIERS = [
  "个", "只", "件", "台", "副", "名", "位", "人次", "人", "例", "支", "家", "场", "次", "批", "架", "辆", "艘", "座",
  "所", "项", "条", "篇", "份", "套", "张", "本", "部", "户", "剂次", "剂", "针", "盒", "瓶", "袋", "箱", "粒", "头",
  "株", "棵", "轮", "届", "期", "版", "款", "种", "类", "起", "宗", "处", "床", "双", "对", "枚", "顶", "把", "根",
  "块", "封", "通", "集", "幅", "栋", "间", "门", "趟", "班", "列", "节", "册", "国", "省", "市", "县", "村", "所",
  "片", "笔", "票", "人份", "亿人", "万人",
  // Compound classifiers count events: flights, sailings, trips (`9.8万架次`, `2.4万艘次`).
  "架次", "艘次", "车次", "班次", "航次", "户次", "场次", "批次", "台次", "件次", "人日",
];

/** Chinese measure units (quantities rather than counts). */
export const ZH_MEASURES = [
  "吨", "公斤", "千克", "克", "毫克", "斤", "公里", "千米", "米", "厘米", "毫米", "平方公里", "平方千米", "平方米",
  "立方米", "升", "毫升", "公顷", "亩", "千瓦时", "千瓦", "瓦", "度", "小时", "分钟", "秒", "天", "周", "个月",
  "年", "岁", "倍", "标准箱", "标箱", "桶", "个百分点", "百分点", "万千瓦时", "千瓦时", "兆瓦", "吉瓦", "立方米", "平方米",
];

export const EN_MEASURES = [
  "tonnes", "tons", "tonne", "ton", "kg", "kilograms", "kilogrammes", "grams", "km", "kilometres", "kilometers",
  "miles", "metres", "meters", "litres", "liters", "hectares", "acres", "hours", "days", "weeks", "months", "years",
  "minutes", "seconds", "hour", "day", "week", "month", "year", "times", "percentage points",
  "cubic metres", "cubic meters", "square kilometres", "square kilometers", "square metres", "square meters",
  "kilowatt hours", "megawatt hours", "gigawatt hours", "terawatt hours", "kilowatts", "megawatts", "gigawatts",
  "barrels", "litre", "liter", "kilometre", "kilometer", "mile", "metre", "meter", "hectare", "acre",
];

/** Unit symbols written right after a number, with or without a space (`50 MW`, `12km`). */
export const EN_UNIT_SYMBOLS = [
  "MW", "GW", "kW", "TW", "MWh", "GWh", "kWh", "TWh", "km²", "km2", "m²", "m³", "kg", "km", "ha", "mm", "cm", "°C", "mph", "km/h",
];

/** Nouns that count people or things without a plural -s. */
export const EN_PLURAL_NOUNS = new Set([
  "people", "children", "staff", "personnel", "police", "cattle", "sheep", "livestock", "women", "men", "aircraft", "fish",
  "deer", "poultry", "troops", "youth", "feet", "teeth", "geese", "mice", "offspring", "crew",
]);

/** Words that follow a number in English but are not its unit. */
export const EN_NOT_UNITS = new Set([
  "and", "or", "of", "in", "to", "the", "a", "an", "for", "on", "at", "by", "from", "with", "as", "is", "are", "was",
  "were", "per", "than", "that", "which", "who", "this", "these", "those", "had", "have", "has", "will", "would",
  "since", "after", "before", "until", "while", "when", "where", "it", "its", "their", "his", "her", "but", "so",
]);
/** Adjectives skipped between an English number and its noun (`200 new cases`). */
export const EN_ADJECTIVES = new Set(["new", "more", "additional", "other", "confirmed", "medical", "extra", "more", "local", "foreign", "national", "international"]);

/** Qualifiers written before a number, longest first in the regexes. */
export const ZH_PREFIX_QUALIFIERS: Record<string, Approx> = {
  不少于: "at-least", 不低于: "at-least", 至少: "at-least", 最少: "at-least",
  不超过: "at-most", 不多于: "at-most", 不高于: "at-most", 至多: "at-most", 最多: "at-most", 最高: "at-most",
  不到: "less-than", 不足: "less-than", 少于: "less-than", 低于: "less-than", 不及: "less-than",
  超过: "more-than", 多于: "more-than", 高于: "more-than", 大于: "more-than", 逾: "more-than", 超: "more-than",
  大约: "about", 大概: "about", 约: "about", 将近: "about", 接近: "about", 近: "about",
  突破: "more-than", 超出: "more-than",
};

export const ZH_SUFFIX_QUALIFIERS: Record<string, Approx> = {
  以上: "more-than", 出头: "more-than", 左右: "about", 上下: "about", 以下: "less-than", 以内: "at-most",
};

export const EN_PREFIX_QUALIFIERS: Record<string, Approx> = {
  "more than": "more-than", over: "more-than", above: "more-than", "in excess of": "more-than", "upwards of": "more-than",
  "less than": "less-than", "fewer than": "less-than", under: "less-than", below: "less-than",
  "at least": "at-least", "no fewer than": "at-least", "no less than": "at-least", "a minimum of": "at-least",
  "at most": "at-most", "up to": "at-most", "no more than": "at-most", "a maximum of": "at-most",
  about: "about", around: "about", approximately: "about", roughly: "about", nearly: "about", almost: "about",
  some: "about", "close to": "about", "an estimated": "about", circa: "about",
  "north of": "more-than", "just over": "more-than", "well over": "more-than", "well above": "more-than", "just above": "more-than",
  "south of": "less-than", "just under": "less-than", "just below": "less-than", "well under": "less-than", "well below": "less-than",
  "as many as": "at-most", "as much as": "at-most", "as high as": "at-most", "as few as": "at-least", "as little as": "at-least",
  "as low as": "at-least", "roughly about": "about", "an estimated total of": "about", "a further estimated": "about",
};

/** Chinese words that contain numerals but are names or idioms, not figures. */
export const ZH_NOT_FIGURES = [
  "二十国集团", "20国集团", "七国集团", "7国集团", "八国集团", "金砖五国", "一带一路", "一国两制", "十四五", "十三五",
  "第一时间", "第一线", "第一手", "一成不变", "三番五次", "四面八方", "五湖四海", "千方百计", "万众一心", "一线",
  "十分", "万一", "千万", "一系列", "一些", "一起", "一道", "一致", "一直", "一切", "一定", "一样", "一般", "唯一",
  "之一", "统一", "进一步", "一方面", "一度", "一同", "一再", "一向", "一律", "一体", "一旦", "一心", "两岸", "百姓",
  "九一八", "五四运动", "三个代表", "两学一做", "四个全面", "一把手", "一流", "一带", "一路",
  "一年之计", "一日之计", "一心一意", "一五一十", "三心二意", "一举两得", "一分为二", "十全十美", "百分百",
  // The three sectors of the economy are names, not ordinals.
  "第一产业", "第二产业", "第三产业",
];
