"use server";

import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/users/locale";
import { isLocale } from "./catalogue";
import { LOCALE_COOKIE } from "./locale";

/** Remembers the interface language: on the user when signed in, and in this browser for the sign-in page. */
export async function setLocale(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user) await setUserLocale(db, user, locale);
}
