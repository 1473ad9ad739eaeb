import { spreadsheetSafe } from "./spreadsheet-cell";
import { DATE_KINDS, dateParts, displayDate } from "./dates";

// Cell values for the spreadsheet export: numbers as numbers, dates as dates, text defused.

export type CellValue = string | number | Date | null | { text: string; hyperlink: string };

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONTH_FORMAT = "yyyy-mm";
export const TIME_FORMAT = "yyyy-mm-dd hh:mm";
export const PERCENT_FORMAT = "0.0%";

/** A spreadsheet keeps 15 significant digits; a decimal with more stays text so no digit is lost. */
const SIGNIFICANT_DIGITS = 15;

export function text(value: string | null | undefined): string | null {
  return value == null || value === "" ? null : spreadsheetSafe(value);
}

/** An exact decimal string as a number when a spreadsheet holds it exactly, else as text. */
export function decimal(value: string | null | undefined): string | number | null {
  if (value == null || value === "") return null;
  if (!/^-?\d+(?:\.\d+)?$/.test(value)) return text(value);
  const digits = value.replace(/^-/, "").replace(".", "").replace(/^0+/, "");
  const significant = digits.replace(/0+$/, "").length;
  const n = Number(value);
  return significant <= SIGNIFICANT_DIGITS && Number.isFinite(n) ? n : value;
}

/** An ISO timestamp as a date cell (spreadsheets have no time zones: the header says UTC). */
export function timestamp(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** A figure value: a date with day or month as a date cell, a year as a number, no year as words. */
export function figureValue(kind: string, value: string | null, language: string): { value: CellValue; format?: string } {
  if (value == null) return { value: null };
  if (!DATE_KINDS.has(kind)) return { value: decimal(value) };
  const p = dateParts(value);
  if (!p) return { value: text(value) };
  if (p.year === undefined) return { value: displayDate(value, language) };
  if (p.month === undefined) return { value: p.year };
  return { value: new Date(Date.UTC(p.year, p.month - 1, p.day ?? 1)), format: p.day ? DATE_FORMAT : MONTH_FORMAT };
}

/** A link cell, only for http(s) URLs (anything else stays text). */
export function link(label: string, url: string | null): CellValue {
  if (!url) return text(label);
  return { text: spreadsheetSafe(label), hyperlink: url };
}
