import { catalogue } from "@/lib/i18n/catalogue";
import { reportLanguage } from "./labels";

// The engine writes dates as ISO 8601 values, down to what the text says: `2020`, `2020-04`,
// `2020-04-25`, and `--04`, `--04-25` when the year is not given. People read them as dates.

const WITH_YEAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const WITHOUT_YEAR = /^--(\d{2})(?:-(\d{2}))?$/;

export const DATE_KINDS: ReadonlySet<string> = new Set(["date", "date-range"]);

type Parts = { year?: number; month?: number; day?: number };

export function dateParts(value: string): Parts | null {
  const withYear = WITH_YEAR.exec(value);
  const withoutYear = withYear ? null : WITHOUT_YEAR.exec(value);
  if (!withYear && !withoutYear) return null;
  const [year, month, day] = withYear ? withYear.slice(1) : [undefined, ...withoutYear!.slice(1)];
  const parts: Parts = {};
  if (year) parts.year = Number(year);
  if (month) parts.month = Number(month);
  if (day) parts.day = Number(day);
  if (parts.month !== undefined && (parts.month < 1 || parts.month > 12)) return null;
  if (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) return null;
  return parts;
}

/** A full date (year, month and day) as a UTC midnight, e.g. for a spreadsheet's date cell. */
export function fullDate(value: string): Date | null {
  const p = dateParts(value);
  return p?.year && p.month && p.day ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : null;
}

/** "2020年4月25日" / "25 April 2020", "4月25日" / "25 April", "2020年4月" / "April 2020"; anything else as given. */
export function displayDate(value: string, language: string): string {
  const p = dateParts(value);
  if (!p) return value;
  const zh = reportLanguage(language) === "zh";
  // A leap year for year-less dates, so 29 February is still a date.
  const at = new Date(Date.UTC(p.year ?? 2000, (p.month ?? 1) - 1, p.day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC" };
  if (p.year !== undefined) options.year = "numeric";
  // Chinese "long" months read 4月 beside a year or day, but 四月 alone.
  if (p.month !== undefined) options.month = zh && p.year === undefined && p.day === undefined ? "numeric" : "long";
  if (p.day !== undefined) options.day = "numeric";
  return new Intl.DateTimeFormat(zh ? "zh-CN" : "en-GB", options).format(at);
}

/** A figure's value as people read it: dates as dates, a range as "from – to", a vague amount said to have none. */
export function displayFigureValue(kind: string, value: string | null, valueMax: string | null, language: string): string {
  if (value === null) return catalogue[reportLanguage(language)].report.vagueValue;
  if (!DATE_KINDS.has(kind)) return valueMax ? `${value}–${valueMax}` : value;
  const from = displayDate(value, language);
  return valueMax ? `${from} – ${displayDate(valueMax, language)}` : from;
}

/**
 * A figure value for one spreadsheet cell: a date with a year stays ISO (spreadsheets read it as
 * a date), one without a year is written out, since `--03-01` means nothing to a spreadsheet.
 */
export function figureCellValue(kind: string, value: string | null, language: string): string {
  if (value === null) return "";
  if (!DATE_KINDS.has(kind)) return value;
  const p = dateParts(value);
  return p && p.year === undefined ? displayDate(value, language) : value;
}
