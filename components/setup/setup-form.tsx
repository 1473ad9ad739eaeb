"use client";

import { useActionState } from "react";
import { setupAction } from "@/app/setup/actions";
import { idle } from "@/lib/actions/safe-action-state";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";

type Labels = { name: string; email: string; password: string; confirmPassword: string; createAdmin: string; passwordHint: string };

export function SetupForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState(setupAction, idle);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <FormField label={labels.name} name="name" autoComplete="name" defaultValue={values?.name} errors={errors?.name} required />
      <FormField label={labels.email} name="email" type="email" autoComplete="username" defaultValue={values?.email} errors={errors?.email} required />
      <FormField label={labels.password} name="password" type="password" autoComplete="new-password" errors={errors?.password} hint={labels.passwordHint} required />
      <FormField label={labels.confirmPassword} name="confirm" type="password" autoComplete="new-password" errors={errors?.confirm} required />
      <button type="submit" className="button wide" disabled={pending}>{labels.createAdmin}</button>
    </form>
  );
}
