import { decimalOf, type Decimal } from "./exact";

/**
 * Measure units, grouped by what they measure, each with its size in the group's base unit, so a
 * claim in 吨 can be checked against a source in kg or `million tonnes` (the scale word is already
 * in the value). Sizes are exact decimals; a conversion is always named in the proposal.
 */
interface UnitDef {
  dimension: string;
  /** Size in the dimension's base unit, as an exact decimal. */
  size: string;
  /** How the proposal names the unit. */
  name: string;
}

const TABLE: [dimension: string, size: string, name: string, spellings: string[]][] = [
  ["mass", "1000", "t", ["吨", "tonnes", "tonne", "tons", "ton", "t", "metric tons"]],
  ["mass", "1", "kg", ["公斤", "千克", "kg", "kilograms", "kilogrammes", "kilos"]],
  ["mass", "0.5", "斤", ["斤"]],
  ["mass", "0.001", "g", ["克", "grams", "g"]],
  ["length", "1000", "km", ["公里", "千米", "km", "kilometres", "kilometers", "kilometre", "kilometer"]],
  ["length", "1", "m", ["米", "metres", "meters", "metre", "meter", "m"]],
  ["length", "1609.344", "miles", ["miles", "mile"]],
  ["area", "1000000", "km²", ["平方公里", "平方千米", "square kilometres", "square kilometers", "km2", "km²"]],
  ["area", "10000", "ha", ["公顷", "hectares", "hectare", "ha"]],
  ["area", "1", "m²", ["平方米", "square metres", "square meters", "m²"]],
  ["volume", "1000", "m³", ["立方米", "cubic metres", "cubic meters", "m³"]],
  ["volume", "1", "L", ["升", "litres", "liters", "litre", "liter"]],
  ["energy", "1", "kWh", ["千瓦时", "kilowatt hours", "kWh"]],
  ["energy", "10000", "万千瓦时", ["万千瓦时"]],
  ["energy", "1000", "MWh", ["megawatt hours", "MWh"]],
  ["energy", "1000000", "GWh", ["gigawatt hours", "GWh"]],
  ["energy", "1000000000", "TWh", ["terawatt hours", "TWh"]],
  ["power", "1", "kW", ["千瓦", "kilowatts", "kW"]],
  ["power", "1000", "MW", ["兆瓦", "megawatts", "MW"]],
  ["power", "1000000", "GW", ["吉瓦", "gigawatts", "GW"]],
  ["time", "1", "hours", ["小时", "hours", "hour"]],
  ["time", "24", "days", ["天", "days", "day"]],
  ["time", "168", "weeks", ["周", "weeks", "week"]],
  ["months", "1", "months", ["个月", "months", "month"]],
  ["years", "1", "years", ["年", "years", "year"]],
  ["times", "1", "times", ["倍", "times"]],
  ["share", "1", "%", ["%", "percent", "per cent"]],
  ["share", "0.1", "‰", ["‰"]],
  ["share", "0.01", "‱", ["‱"]],
  ["points", "1", "percentage points", ["个百分点", "百分点", "percentage points", "percentage point"]],
];

const UNITS = new Map<string, UnitDef>();
for (const [dimension, size, name, spellings] of TABLE) for (const s of spellings) UNITS.set(s.toLowerCase(), { dimension, size, name });

export function unitOf(unit: string | null): UnitDef | undefined {
  return unit === null ? undefined : UNITS.get(unit.toLowerCase());
}

/** The family of a measure unit (what it measures), or undefined when it is not a known measure. */
export function measureFamily(unit: string | null): string | undefined {
  return unitOf(unit)?.dimension;
}

export interface Conversion {
  /** Source unit and claim unit as the proposal names them. */
  from: string;
  to: string;
  /** Multiply a source value by this to read it in the claim's unit. */
  factor: Decimal;
}

/** How to read a source value in the claim's unit; null when they measure different things, undefined when no conversion is needed. */
export function conversionBetween(claimUnit: string | null, sourceUnit: string | null): Conversion | null | undefined {
  const c = unitOf(claimUnit);
  const s = unitOf(sourceUnit);
  if (!c || !s) return undefined;
  if (c.dimension !== s.dimension) return null;
  if (c.size === s.size) return undefined;
  const ratio = Number(s.size) / Number(c.size);
  // Sizes are decimals, so the ratio is exact to 15 digits; round away float noise from the division.
  return { from: s.name, to: c.name, factor: decimalOf(Number(ratio.toPrecision(15))) };
}

export const isChineseClassifier = (unit: string | null): unit is string => unit !== null && /^[\u3400-\u9FFF]+$/.test(unit) && !unitOf(unit);
