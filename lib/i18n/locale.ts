import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { catalogue, isLocale, type Locale, type Messages } from "./catalogue";
import { LOCALE_COOKIE, pickLocale } from "./pick-locale";

export { browserLocale, LOCALE_COOKIE } from "./pick-locale";

/**
 * The interface language: the signed-in user's choice, else the choice remembered in this browser
 * (before sign-in), else the browser's preference. A bulletin's language never decides it.
 */
export const getLocale = cache(async (): Promise<Locale> => localeFor(await getCurrentUser().catch(() => null)));

/** The interface language of this user (null: not signed in): their choice, else this browser's. */
async function localeFor(user: { locale: string | null } | null): Promise<Locale> {
  if (user && isLocale(user.locale)) return user.locale;
  return pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

/** The request's interface language; English outside a request (tests, the command line). */
export async function requestLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "en";
  }
}

/** requestLocale for a user already read (a server action reads its session once). */
export async function requestLocaleFor(user: { locale: string | null } | null): Promise<Locale> {
  try {
    return await localeFor(user);
  } catch {
    return "en";
  }
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: catalogue[locale].app };
}
