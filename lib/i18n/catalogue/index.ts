import { IntlMessageFormat } from "intl-messageformat";
import { en, type Catalogue } from "./en";
import { zh } from "./zh";

export type { Catalogue } from "./en";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogue: Record<Locale, Catalogue> = { en, zh };

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The BCP 47 tag for dates, numbers and the `lang` attribute. */
export function languageTag(locale: Locale): string {
  return locale === "zh" ? "zh-CN" : "en-GB";
}

export type ErrorKey = keyof Catalogue["errors"];
export type MessageParams = Record<string, string | number | Date>;

/** A message by code with its parameters: what the server sends, rendered in the reader's language. */
export type Message = { key: ErrorKey; params?: MessageParams };
/** Anything the server may say to a reader: a code, or a code with parameters. */
export type Said = ErrorKey | Message;

export function message(key: ErrorKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && Object.hasOwn(en.errors, value);
}

const compiled = new Map<string, IntlMessageFormat>();

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "3 minutes ago" / "3分钟前"; under a minute is "just now". */
export function timeAgo(locale: Locale, at: Date | string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(at).getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(languageTag(locale), { numeric: "auto" });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return catalogue[locale].time.justNow;
}

/** A local date and time, e.g. for the tooltip beside a relative one. */
export function localTime(locale: Locale, at: Date | string): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: "medium", timeStyle: "short" }).format(new Date(at));
}

/**
 * Formats one catalogue string with ICU parameters (plural, select); compiled once. A date
 * parameter reads as relative time ("3 minutes ago"), which needs no time zone.
 */
export function format(locale: Locale, template: string, params?: MessageParams): string {
  if (!params && !template.includes("{")) return template;
  const values = Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, v instanceof Date ? timeAgo(locale, v) : v]));
  const id = `${locale}\u0000${template}`;
  let formatter = compiled.get(id);
  if (!formatter) {
    formatter = new IntlMessageFormat(template, languageTag(locale), undefined, { ignoreTag: true });
    compiled.set(id, formatter);
  }
  return String(formatter.format(values));
}

export function translate(locale: Locale, msg: Said): string {
  const { key, params } = typeof msg === "string" ? { key: msg, params: undefined } : msg;
  return format(locale, catalogue[locale].errors[key], params);
}

// The catalogue's sections, as the components that take one of them name it.
export type Messages = Catalogue["app"];
export type WorkspaceMessages = Catalogue["workspace"];
export type EvidenceMessages = Catalogue["evidence"];
export type ReportMessages = Catalogue["report"];
export type SpreadsheetMessages = Catalogue["spreadsheet"];
