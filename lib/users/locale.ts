import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/catalogue";

/** A user's own interface language; a preference, so not versioned or audited. */
export async function setUserLocale(client: Db, actor: Actor, locale: Locale): Promise<void> {
  await client.user.update({ where: { id: actor.id }, data: { locale } });
}
