/**
 * Which written units name the same thing. Units of different size (tonnes and kilograms) are
 * deliberately not converted: a claim that writes 吨 where the source writes kg is flagged for a
 * person to read, not silently rescaled.
 */
const FAMILIES: string[][] = [
  ["吨", "tonnes", "tonne", "tons", "ton", "t", "metric tons"],
  ["公斤", "千克", "kg", "kilograms", "kilogrammes", "kilos"],
  ["克", "grams", "g"],
  ["公里", "千米", "km", "kilometres", "kilometers"],
  ["米", "metres", "meters", "m"],
  ["平方公里", "平方千米", "square kilometres", "km2"],
  ["升", "litres", "liters"],
  ["公顷", "hectares"],
  ["小时", "hours", "hour"],
  ["天", "days", "day"],
  ["周", "weeks", "week"],
  ["个月", "months", "month"],
  ["年", "years", "year"],
  ["倍", "times"],
  ["%", "percent", "per cent"],
  ["个百分点", "百分点", "percentage points", "percentage point"],
];

const FAMILY = new Map<string, number>();
FAMILIES.forEach((words, i) => words.forEach((w) => FAMILY.set(w, i)));

/** The family of a measure unit, or undefined when it is not a known measure. */
export function measureFamily(unit: string | null): number | undefined {
  return unit === null ? undefined : FAMILY.get(unit.toLowerCase());
}

export const isChineseClassifier = (unit: string | null): unit is string => unit !== null && /^[\u3400-\u9FFF]+$/.test(unit);
