"use server";

import { redirect } from "next/navigation";
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
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const locale = await requestLocale();
  const parsed = setupSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    return { status: "error", message: translate(locale, "invalid"), fieldErrors: fieldErrorsOf(parsed.error, locale), values };
  }
  try {
    await createFirstAdmin(db, parsed.data);
  } catch (error) {
    return failureState(error, values, locale);
  }
  redirect("/signin?notice=setup-done");
}
