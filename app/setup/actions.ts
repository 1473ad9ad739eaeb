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
import { inRequestLanguage } from "@/lib/i18n/error-locale";
import { fieldErrorsOf } from "@/lib/validations/field-errors";

/** The only action open to someone not signed in, and only while no user exists (checked in the transaction). */
export async function setupAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return { status: "error", message: "This action expects a form. · 该操作需要提交表单。" };
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const parsed = setupSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await enforce(db, "setup", clientAddress(await headers()));
    await createFirstAdmin(db, parsed.data);
  } catch (error) {
    return failureState(await inRequestLanguage(error), values);
  }
  redirect("/signin?notice=setup-done");
}
