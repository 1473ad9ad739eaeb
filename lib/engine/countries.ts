import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";

export interface Place {
  name: string;
  /** ISO 3166-1 alpha-2 for countries and territories; a short tag for organisations. */
  code: string;
  kind: "country" | "organisation";
}

/** Press forms that i18n-iso-countries lacks. */
const ZH_ALIASES: Record<string, string> = {
  沙特: "SA", 蒙古国: "MN", 印度尼西亚: "ID", 老挝人民民主共和国: "LA", 阿拉伯联合酋长国: "AE", 刚果民主共和国: "CD",
  刚果共和国: "CG", 俄罗斯联邦: "RU", 美利坚合众国: "US", 大不列颠及北爱尔兰联合王国: "GB", 波斯尼亚和黑塞哥维那: "BA",
  台湾: "TW", 中国台湾: "TW", 中国香港: "HK", 中国澳门: "MO", 东帝汶: "TL", 梵蒂冈: "VA", 朝鲜民主主义人民共和国: "KP",
  大韩民国: "KR", 伊朗伊斯兰共和国: "IR", 叙利亚阿拉伯共和国: "SY", 坦桑尼亚联合共和国: "TZ", 马其顿: "MK", 缅甸联邦: "MM",
  南苏丹: "SS", 斯威士兰: "SZ", 埃斯瓦蒂尼: "SZ", 佛得角: "CV", 捷克共和国: "CZ", 斯里兰卡: "LK", 新西兰: "NZ",
};
const EN_ALIASES: Record<string, string> = {
  america: "US", britain: "GB", "the uk": "GB", "the us": "US", "the united states": "US", "the united kingdom": "GB",
  russia: "RU", "south korea": "KR", "north korea": "KP", iran: "IR", syria: "SY", vietnam: "VN", "viet nam": "VN",
  laos: "LA", burma: "MM", "the netherlands": "NL", "the philippines": "PH", "czech republic": "CZ", "ivory coast": "CI",
  "the uae": "AE", uae: "AE", moldova: "MD", bolivia: "BO", venezuela: "VE", tanzania: "TZ", "saudi arabia": "SA",
};
const ORGANISATIONS: Record<string, string> = {
  欧盟: "EU", 东盟: "ASEAN", 非盟: "AU", 联合国: "UN", 世卫组织: "WHO", 世界卫生组织: "WHO", 上合组织: "SCO",
  阿盟: "LAS", 海合会: "GCC", 二十国集团: "G20", 金砖国家: "BRICS",
  "european union": "EU", "the eu": "EU", eu: "EU", asean: "ASEAN", "african union": "AU", "united nations": "UN",
  "the un": "UN", un: "UN", who: "WHO", "world health organization": "WHO", g20: "G20",
};

type Names = Record<string, string | string[]>;

let index: Map<string, Place> | null = null;

const key = (s: string) => s.normalize("NFKC").trim().toLowerCase();

function build(): Map<string, Place> {
  const map = new Map<string, Place>();
  const add = (name: string, code: string, kind: Place["kind"]) => {
    const k = key(name);
    if (!map.has(k)) map.set(k, { name: name.normalize("NFKC"), code, kind });
  };
  for (const names of [zh.countries as Names, en.countries as Names]) {
    for (const [code, value] of Object.entries(names)) {
      for (const name of Array.isArray(value) ? value : [value]) add(name, code, "country");
    }
  }
  for (const [name, code] of Object.entries(ZH_ALIASES)) add(name, code, "country");
  for (const [name, code] of Object.entries(EN_ALIASES)) add(name, code, "country");
  for (const [name, code] of Object.entries(ORGANISATIONS)) add(name, code, "organisation");
  return map;
}

/** A country, territory or international organisation named exactly (as written in a list item). */
export function recognisePlace(name: string): Place | null {
  index ??= build();
  return index.get(key(name)) ?? null;
}

/** The longest recognised place that ends `text` (`我们向伊朗` → 伊朗). */
export function placeAtEnd(text: string): { place: Place; length: number } | null {
  for (let len = Math.min(text.length, 24); len >= 2; len--) {
    const place = recognisePlace(text.slice(text.length - len));
    if (place) return { place, length: len };
  }
  return null;
}

let zhNames: RegExp | null = null;

/** Whether a text names any place (used for check-worthiness); one regex over the Chinese names. */
export function mentionsPlace(text: string): boolean {
  index ??= build();
  zhNames ??= new RegExp(
    [...index.keys()]
      .filter((k) => /^[\u3400-\u9FFF]/.test(k) && k.length >= 2)
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
  );
  if (zhNames.test(text)) return true;
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b/g)) if (recognisePlace(m[0])) return true;
  return false;
}
