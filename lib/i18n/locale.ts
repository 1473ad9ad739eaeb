import { cookies, headers } from "next/headers";
import { LOCALES, messages, type Locale, type Messages } from "./messages";

export const LOCALE_COOKIE = "claimdesk-locale";

/**
 * The interface language: the user's choice (a cookie), else the content's language (a Chinese
 * bulletin opens in Chinese), else the browser's preference, else Chinese.
 */
export async function getLocale(contentLanguage?: string): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (LOCALES.includes(chosen as Locale)) return chosen as Locale;
  if (contentLanguage === "zh" || contentLanguage === "en") return contentLanguage;
  const accept = (await headers()).get("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}

export async function getMessages(contentLanguage?: string): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale(contentLanguage);
  return { locale, t: messages[locale] };
}
