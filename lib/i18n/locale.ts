import { cookies, headers } from "next/headers";
import { messages, type Locale, type Messages } from "./messages";
import { LOCALE_COOKIE, pickLocale } from "./pick-locale";

export { LOCALE_COOKIE };

/**
 * The interface language: the user's choice (a cookie), else the content's language (a Chinese
 * bulletin opens in Chinese), else the browser's preference, else Chinese.
 */
export async function getLocale(contentLanguage?: string): Promise<Locale> {
  return pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"), contentLanguage);
}

export async function getMessages(contentLanguage?: string): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale(contentLanguage);
  return { locale, t: messages[locale] };
}
