import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { catalogue, isLocale, type Locale, type Messages } from "./catalogue";

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

/**
 * The interface language: the signed-in user's choice, else the choice remembered in this browser
 * (before sign-in), else the browser's preference. A bulletin's language never decides it.
 */
export const getLocale = cache(async (): Promise<Locale> => {
  const user = await getCurrentUser().catch(() => null);
  if (user && isLocale(user.locale)) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return browserLocale((await headers()).get("accept-language"));
});

/** The request's interface language; English outside a request (tests, the command line). */
export async function requestLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "en";
  }
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: catalogue[locale].app };
}
