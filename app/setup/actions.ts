"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-ip";
import { enforce } from "@/lib/http/rate-limit";
import { db } from "@/lib/db";
import { failureState } from "@/lib/actions/safe-action";
import type { ActionState } from "@/lib/actions/safe-action-state";
import { createFirstAdmin } from "@/lib/users/service";
import { setupSchema } from "@/lib/validations/user";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { translate } from "@/lib/i18n/catalogue";
import { requestLocale } from "@/lib/i18n/locale";

/** The only action open to someone not signed in, and only while no user exists (checked in the transaction). */
export async function setupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = await requestLocale();
  if (!(formData instanceof FormData)) return { status: "error", message: translate(locale, "notAForm") };
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = setupSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    return { status: "error", message: translate(locale, "invalid"), fieldErrors: fieldErrorsOf(parsed.error, locale), values };
  }
  try {
    await enforce(db, "setup", clientAddress(await headers()));
    await createFirstAdmin(db, parsed.data);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect("/signin?notice=setup-done");
}
