"use server";

import { cookies } from "next/headers";
import { LOCALES, type Locale } from "./messages";
import { LOCALE_COOKIE } from "./locale";

export async function setLocale(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const locale = String(formData.get("locale"));
  if (!LOCALES.includes(locale as Locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
}
