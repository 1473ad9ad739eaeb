import type { Span } from "./segment";
import type { Figure } from "./types";

/**
 * The list that follows a stated count: `8个国家，包括…`, `设立5个办事处：利马、阿克拉…`,
 * `12 countries, including Iran, Iraq and Italy`, `five regional offices: Lima, Accra …`,
 * `the four partners — A, B and C —`, `3 cities (A, B and C)`. Written by hand: punctuation and a
 * few marker words decide where a list starts and ends.
 */
export interface ListAfter {
  items: string[];
  /** The list claims to be complete (`:`, `namely`, `即`), not a selection (`including`, `such as`, 等). */
  exact: boolean;
  end: number;
}

const MARKER = /^(?:[,，]?\s*(包括|其中有|例如|比如|如|即|分别是|分别为|including|such as|among them|notably|namely|i\.e\.)\s*|\s*([:：—–(（]|--)\s*)/i;
/** Markers that may name only some of the items. */
const SOME = /^(?:包括|其中有|如|例如|比如|including|such as|among them|notably)$/i;
/** Words between a counted noun and its list (`three partners leading the shelter response —`). */
const BETWEEN = /^(?:\s+[A-Za-z][\w'’-]*){0,6}?(?=\s*(?:[:—–(]|--))|^[^,，。;；:：]{0,12}?(?=[,，]?\s*(?:包括|其中有|例如|比如|如|即|分别是|分别为))|^[\u3400-\u9fff]{0,8}(?=[:：])/;

export function listAfter(text: string, f: Figure, sentence: Span, figures: Figure[], zhItems: (list: string) => string[]): ListAfter | null {
  const rest = text.slice(f.end, sentence.end);
  const gap = BETWEEN.exec(rest)?.[0] ?? "";
  const m = MARKER.exec(rest.slice(gap.length));
  if (!m) return null;
  const from = f.end + gap.length + m[0].length;
  // `12 roads in the three provinces — A, B and C`: the list belongs to the count nearest it.
  if (figures.some((g) => g !== f && g.kind === "count" && g.start >= f.end && g.end <= from)) return null;
  const marker = m[1] ?? m[2];
  const body = text.slice(from, sentence.end);
  const zh = /[\u3400-\u9fff]/.test(body.slice(0, 3));
  const list = zh ? zhList(body, marker) : enList(body, marker);
  if (!list) return null;
  const items = zh ? zhItems(list.replace(/等$/, "")) : englishItems(list);
  if (items.length < 2) return null;
  return { items, exact: !SOME.test(marker) && !/等$/.test(list), end: from + list.length };
}

function zhList(body: string, marker: string): string | null {
  const close = /^[(（]$/.test(marker) ? body.search(/[)）]/) : -1;
  const m = close > 0 ? [body.slice(0, close)] : /^[^。;；,，:：()（）]+/.exec(body);
  // `…等国家`: the list ends at 等; the noun after it repeats the count's.
  return m ? m[0].replace(/等[\u3400-\u9fff]{0,4}$/, "等").replace(/(?:国家|地区|城市|机构|组织)$/, "") : null;
}

/** An English list ends after its `and`/`or` item, at a closing dash or bracket, or with the clause. */
function enList(body: string, marker: string): string | null {
  const close = marker === "(" ? body.indexOf(")") : /^(?:—|–|--)$/.test(marker) ? body.search(/\s*(?:—|–|--)/) : -1;
  if (close > 0) return body.slice(0, close);
  const last = /(?:,\s*|\s)(?:and|or)\s+[^,;.:—–()]+/.exec(body);
  const end = last ? last.index + last[0].length : body.search(/[;.:—–()]|$/);
  return body.slice(0, end).replace(/[\s.]+$/, "");
}

function englishItems(list: string): string[] {
  const items = list.split(/\s*,\s*|\s+(?:and|or|as well as)\s+/i).map((s) => s.replace(/^(?:and|or)\s+/i, "").trim()).filter(Boolean);
  // A list of names has short items; a long one means the sentence went on.
  return items.every((i) => i.split(/\s+/).length <= 8) ? items : [];
}
