import { cookies, headers } from "next/headers";
import { LOCALES, messages, type Locale, type Messages } from "./messages";

export const LOCALE_COOKIE = "claimdesk-locale";

/** The interface language: the user's choice (a cookie), else the browser's preference, else Chinese. */
export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (LOCALES.includes(chosen as Locale)) return chosen as Locale;
  const accept = (await headers()).get("accept-language") ?? "";
  const first = accept.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh";
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: messages[locale] };
}
