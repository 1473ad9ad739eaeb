import type { Locale } from "./catalogue";

// Pure, so the page renderer (locale.ts), proxy.ts and the HTTP server (lib/server/bad-path.ts)
// pick the reader's language by the same rule from what each of them can read. A bulletin's
// language never decides it: that only decides how the bulletin's text is analysed.

export const LOCALE_COOKIE = "claimdesk-locale";

/** The first of Chinese or English in an Accept-Language header, by preference; Chinese when neither. */
export function browserLocale(acceptLanguage: string | null | undefined): Locale {
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

/** The language chosen (a user's setting or the cookie remembered in this browser), else the browser's. */
export function pickLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return chosen === "en" || chosen === "zh" ? chosen : browserLocale(acceptLanguage);
}
