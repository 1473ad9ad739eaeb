import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthLayout } from "@/components/auth/auth-layout";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallback } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";
import { hasAnyUser } from "@/lib/users/queries";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ notice?: string; callbackUrl?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.signIn };
}

export default async function SignInPage({ searchParams }: Props) {
  if (!(await hasAnyUser())) redirect("/setup");
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { locale, t } = await getMessages();
  const notice =
    params.notice === "signed-out" ? t.signedOutNotice : params.notice === "ended" ? t.endedNotice : params.notice === "password-changed" ? t.passwordChangedNotice
      : params.notice === "setup-done" ? catalogue[locale].bulletin.adminCreated : null;
  return (
    <AuthLayout t={t} locale={locale}>
      <h2>{t.signIn}</h2>
      {notice && <p className="alert info" role="status">{notice}</p>}
      <SignInForm labels={t} locale={locale} callbackUrl={callbackUrl} />
    </AuthLayout>
  );
}
