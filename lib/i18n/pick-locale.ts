import type { Locale } from "./messages";

// Pure, so the page renderer (locale.ts), proxy.ts and the HTTP server (lib/server/bad-path.ts)
// pick the reader's language by the same rule from what each of them can read.

export const LOCALE_COOKIE = "claimdesk-locale";

/**
 * The interface language: the user's choice (the cookie's value), else the content's language,
 * else the browser's first preference, else Chinese.
 */
export function pickLocale(chosen: string | undefined, acceptLanguage: string | null | undefined, contentLanguage?: string): Locale {
  if (chosen === "en" || chosen === "zh") return chosen;
  if (contentLanguage === "zh" || contentLanguage === "en") return contentLanguage;
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}
