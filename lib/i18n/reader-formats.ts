import { type Locale } from "@/lib/i18n/catalogue";

/**
 * Dates, times and numbers as a reader of `locale` writes them. Times are in UTC, so the server and
 * the browser render the same text whatever their time zones.
 */
export function readerFormats(locale: Locale) {
  const tag = locale === "zh" ? "zh-CN" : "en-GB";
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 6 });
  return {
    dateTime: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
    day: new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }),
    number: (v: string | null) => (v == null ? "—" : /^-?\d+(\.\d+)?$/.test(v) ? number.format(Number(v)) : v),
  };
}
