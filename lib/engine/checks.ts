import { placeAtEnd, recognisePlace } from "./countries";
import { listAfter } from "./list-after";
import type { Span } from "./segment";
import type { Figure, ListCountCheck } from "./types";

const COUNT_UNITS = new Set(["个", "位", "名", "家", "国", "支", "项", "座", "种", "所", "省", "市", "县", "区", "类", "处", "条", "批", "部", "人", "款", "场"]);
const TOTAL_MARKER = /(等)?(?:共计|总共|合计|一共|共|计)?(?:有)?$/;
const LEADING_VERB = /^.*(?:向|同|与|对|在|从|为|给|包括|如|和|及|了|到|是)/;

function itemsOf(list: string, lastSplit: RegExp): string[] {
  const items = list.split(/、|,\s*|，/).map((s) => s.trim()).filter(Boolean);
  const last = items.pop();
  if (last !== undefined) items.push(...splitConjunction(last, lastSplit));
  return items;
}

/**
 * Splits the last item at its conjunction (`约旦和黎巴嫩`), but not inside a place whose name
 * holds one: 埃及 ends in 及, 特立尼达和多巴哥 holds 和.
 */
function splitConjunction(item: string, conjunction: RegExp): string[] {
  const pieces = item.split(new RegExp(`(${conjunction.source})`, conjunction.flags.replace("g", "")));
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let piece = pieces[i];
    let next = i + 2;
    for (let j = i + 2; j < pieces.length; j += 2) {
      const joined = pieces.slice(i, j + 1).join("");
      if (recognisePlace(joined.trim())) {
        piece = joined;
        next = j + 2;
      }
    }
    if (piece.trim()) out.push(piece.trim());
    i = next;
  }
  return out;
}

function check(stated: number, items: string[], mode: ListCountCheck["mode"], start: number, end: number): ListCountCheck {
  const recognised: string[] = [];
  const unknown: string[] = [];
  for (const item of items) (recognisePlace(item.replace(/^(?:and|the|a|an)\s+/i, "")) ? recognised : unknown).push(item);
  const listed = items.length;
  const ok = mode === "exact" ? listed === stated : listed <= stated;
  return { kind: "list-count", stated, listed, mode, ok, recognised, unknown, start, end };
}

/**
 * Stated counts next to an enumerated list: `向埃及、…、加纳共8个国家` (exact: the list must
 * have 8 items), `加拿大、日本等25位外国嘉宾` (with 等: fewer listed is fine, more is a problem),
 * `12 countries, including Iran, Iraq and Italy`.
 */
export function listCountChecks(text: string, sentence: Span, figures: Figure[]): ListCountCheck[] {
  const out: ListCountCheck[] = [];
  for (const f of figures) {
    if (f.kind !== "count" || typeof f.value !== "number" || !Number.isInteger(f.value)) continue;
    if (f.unit !== null && !COUNT_UNITS.has(f.unit) && !/^[a-z]+s$/.test(f.unit)) continue;
    // The list before the count, back to the start of its clause.
    const before = text.slice(sentence.start, f.start);
    const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf("，"), before.lastIndexOf("。"), before.lastIndexOf(":"), before.lastIndexOf("："));
    const clause = before.slice(clauseStart + 1);
    const marker = TOTAL_MARKER.exec(clause);
    const listText = clause.slice(0, clause.length - (marker?.[0].length ?? 0));
    if (listText.includes("、")) {
      const items = itemsOf(listText, /和|及|与|以及/);
      if (items.length < 2) continue;
      const first = items[0];
      const place = placeAtEnd(first);
      items[0] = place ? first.slice(first.length - place.length) : first.replace(LEADING_VERB, "");
      const listStart = sentence.start + clauseStart + 1 + listText.indexOf(first) + (first.length - items[0].length);
      // The list belongs to the count only when no other figure stands inside it.
      const own = !figures.some((g) => g !== f && g.start >= listStart && g.end <= f.start);
      if (items[0] && items.length >= 2 && own) out.push(check(f.value, items, marker?.[1] ? "at-most" : "exact", listStart, f.end));
      if (own) continue;
    }
    // The list after the count. Items that carry figures of their own are a breakdown (`14个，分别为东城区3个、…`).
    const after = listAfter(text, f, sentence, figures, (list) => itemsOf(list, /和|及|与|以及/));
    if (after && !after.items.every((item) => /\d|[一二两三四五六七八九十]+[个家所名座项]/.test(item))) {
      out.push(check(f.value, after.items, after.exact ? "exact" : "at-most", f.start, after.end));
    }
  }
  return out;
}
