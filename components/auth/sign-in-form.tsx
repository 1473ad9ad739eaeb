"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { safeCallback } from "@/lib/auth/callback-url";
import { isErrorKey, translate, type Locale, type MessageParams } from "@/lib/i18n/catalogue";

type Labels = { email: string; password: string; signIn: string; signingIn: string };

/** The server sends the message's code and parameters; it is rendered here in the interface's language. */
function localised(error: string, locale: Locale): string {
  try {
    const sent = JSON.parse(error) as { key?: unknown; params?: MessageParams };
    if (isErrorKey(sent.key)) return translate(locale, { key: sent.key, params: sent.params });
  } catch {
    // next-auth's own codes, e.g. "CredentialsSignin", are not JSON.
  }
  return translate(locale, error === "CredentialsSignin" ? "badCredentials" : "generic");
}

export function SignInForm({ labels, locale, callbackUrl }: { labels: Labels; locale: Locale; callbackUrl: string }) {
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
      setError(localised(result?.error ?? "CredentialsSignin", locale));
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
