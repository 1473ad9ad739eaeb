import type { Locale } from "./catalogue";

export const LOCALE_COOKIE = "claimdesk-locale";

/** The first of Chinese or English in an Accept-Language header, by preference; Chinese when neither. */
export function browserLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(";");
      const q = Number(rest.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return "zh";
}
