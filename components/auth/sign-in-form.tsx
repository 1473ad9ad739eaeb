"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { safeCallback } from "@/lib/auth/callback-url";

type Labels = {
  email: string; password: string; signIn: string; signingIn: string;
  badCredentials: string; throttled: string; throttledAddress: string; accountDeactivated: string;
};

/** The server's sign-in messages are English; show them in the interface's language. */
function localised(error: string, labels: Labels): string {
  if (error === "CredentialsSignin" || /not correct/.test(error)) return labels.badCredentials;
  const throttle = /Try again in (\d+) minute/.exec(error);
  const label = /from your network/.test(error) ? labels.throttledAddress : labels.throttled;
  if (throttle) return label.replace("{n}", throttle[1]).replace("{s}", throttle[1] === "1" ? "" : "s");
  if (/deactivated/.test(error)) return labels.accountDeactivated;
  return error;
}

export function SignInForm({ labels, callbackUrl }: { labels: Labels; callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // next-auth reports a failed authorize() as "CredentialsSignin" unless it threw a message.
      setError(localised(result?.error ?? "CredentialsSignin", labels));
      return;
    }
    // The server already checked it; checking again here keeps this sink safe on its own.
    router.replace(safeCallback(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && <p className="alert error" role="alert">{error}</p>}
      <FormField label={labels.email} name="email" type="email" autoComplete="username" required autoFocus />
      <FormField label={labels.password} name="password" type="password" autoComplete="current-password" required />
      <button type="submit" className="button wide" disabled={pending}>
        {pending ? labels.signingIn : labels.signIn}
      </button>
    </form>
  );
}
