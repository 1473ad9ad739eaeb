"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(workspace)/account/actions";
import { idle } from "@/lib/actions/safe-action-state";
import type { Messages } from "@/lib/i18n/catalogue";
import { FormField } from "@/components/ui/form-field";

export function ChangePasswordForm({ t }: { t: Messages }) {
  const [state, action, pending] = useActionState(changePasswordAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} noValidate>
      {state.status === "error" && <p className="alert error" role="alert">{state.message}</p>}
      {state.status === "ok" && <p className="alert ok" role="status">{t.passwordChanged}</p>}
      <FormField label={t.currentPassword} name="current" type="password" autoComplete="current-password" errors={errors?.current} required />
      <FormField label={t.newPassword} name="password" type="password" autoComplete="new-password" errors={errors?.password} hint={t.passwordHint} required />
      <FormField label={t.confirmPassword} name="confirm" type="password" autoComplete="new-password" errors={errors?.confirm} required />
      <button type="submit" className="button" disabled={pending}>{t.changePassword}</button>
    </form>
  );
}
