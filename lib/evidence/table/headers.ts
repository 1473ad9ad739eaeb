// What a header or title says about the numbers under it: their unit, their period, whether they are totals.

const UNIT_PATTERNS: RegExp[] = [
  /(?:单位|計量單位|计量单位)\s*[:：]\s*([^\s,，;；)）]+)/,
  /\bunits?\s*[:：]\s*([\w$%€£¥][\w$%€£¥ .,\-/]*?)\s*(?:[;)]|$)/i,
  /[(（]\s*([^()（）]{1,12}?)\s*[)）]\s*$/,
  /\bin\s+((?:(?:US|HK|RMB)?\$\s*)?(?:thousands?|millions?|billions?|trillions?|tonnes?|tons?|percent|%)(?:\s+(?:of\s+)?[a-z$]+)?)\s*$/i,
];

/** The unit a header or title names (`单位:万吨`, `(亿元)`, `in millions`), or undefined. */
export function unitOf(text: string): string | undefined {
  const t = text.trim();
  for (const pattern of UNIT_PATTERNS) {
    const unit = pattern.exec(t)?.[1]?.trim().replace(/^in\s+/i, "");
    // A bracketed year or note is not a unit: `(2023)`, `(续)`, `(revised)`.
    if (unit && !/^\d{4}/.test(unit) && !/^(续|續|cont\.?|revised|est\.?|p|e)$/i.test(unit)) return unit;
  }
  return undefined;
}

/** The header without its unit: `粮食产量(万吨)` → `粮食产量`. */
export function withoutUnit(text: string): string {
  return text
    .replace(/(?:单位|計量單位|计量单位)\s*[:：]\s*[^\s,，;；)）]+/, "")
    .replace(/\bunits?\s*[:：].*$/i, "")
    .replace(/[(（][^()（）]{1,12}[)）]\s*$/, "")
    .replace(/\bin\s+(?:(?:US|HK|RMB)?\$\s*)?(?:thousands?|millions?|billions?|trillions?|tonnes?|tons?|percent|%).*$/i, "")
    .replace(/[,，:：\s]+$/, "")
    .trim();
}

const PERIOD = /((?:19|20)\d{2})\s*(?:年)?\s*(?:(\d{1,2})\s*月|[Qq]([1-4])|第?([一二三四1-4])季度|[-/](\d{1,2})(?!\d))?/;
const QUARTER: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4" };

/** The period a header names, as `2023`, `2023-05` or `2023-Q2`; undefined when it names none. */
export function periodOf(text: string): string | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const month = m[2] ?? m[5];
  if (month && Number(month) >= 1 && Number(month) <= 12) return `${m[1]}-${month.padStart(2, "0")}`;
  const quarter = m[3] ?? (m[4] ? (QUARTER[m[4]] ?? m[4]) : undefined);
  return quarter ? `${m[1]}-Q${quarter}` : m[1];
}

/** Whether a header names a whole rather than a part: `合计`, `总计`, `Total`. */
export const isTotal = (text: string) => /^(合计|总计|總計|合計|总量|全部|全国|total|all|sum)(?=$|[\s(（:：,，])/i.test(text.trim()) || /(合计|总计|total)$/i.test(text.trim());

/** A year standing alone as a header (`2023`, `2023年`), not a number to check. */
export const isYearHeader = (text: string) => /^(?:19|20)\d{2}\s*(?:年(?:\s*\d{1,2}\s*月)?|[Qq][1-4])?$/.test(text.trim());

/** The cell's number as an exact decimal string, or undefined when it is not one number. */
export function numberOf(text: string): { value: string; percent: boolean } | undefined {
  const t = text.trim().replace(/\s+/g, "");
  const m = /^([-+−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/.exec(t);
  if (!m) return undefined;
  const value = `${m[1] ? "-" : ""}${m[2].replace(/,/g, "")}${m[3] ?? ""}`;
  return { value, percent: m[4] === "%" };
}
