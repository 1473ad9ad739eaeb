"use client";

import { useActionState } from "react";
import { createUserAction } from "@/app/(workspace)/admin/users/actions";
import { idle } from "@/lib/actions/safe-action-state";
import type { Messages } from "@/lib/i18n/catalogue";
import { ROLES } from "@/lib/validations/user";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";

export function CreateUserForm({ t }: { t: Messages }) {
  const [state, action, pending] = useActionState(createUserAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} noValidate className="form-row">
      <div className="form-row-status"><FormStatus state={state} /></div>
      <FormField label={t.name} name="name" defaultValue={values?.name} errors={errors?.name} required />
      <FormField label={t.email} name="email" type="email" defaultValue={values?.email} errors={errors?.email} required />
      <FormField label={t.initialPassword} name="password" type="password" autoComplete="new-password" errors={errors?.password} hint={t.passwordHint} required />
      <div className="field">
        <label htmlFor="field-role">{t.role}</label>
        <select id="field-role" name="role" defaultValue={values?.role ?? "REVIEWER"}>
          {ROLES.map((role) => (
            <option key={role} value={role}>{t[`role${role}`]}</option>
          ))}
        </select>
        {errors?.role && <span className="field-error">{errors.role.join(" ")}</span>}
      </div>
      <ul className="field-hint role-help form-row-status">
        {ROLES.map((role) => <li key={role}><strong>{t[`role${role}`]}</strong>: {t[`roleHelp${role}`]}</li>)}
      </ul>
      <div className="form-row-submit"><button type="submit" className="button" disabled={pending}>{t.addUser}</button></div>
    </form>
  );
}
