import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthLayout } from "@/components/auth/auth-layout";
import { SetupForm } from "@/components/setup/setup-form";
import { getMessages } from "@/lib/i18n/locale";
import { hasAnyUser } from "@/lib/users/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.setupTitle };
}

export default async function SetupPage() {
  // Once any account exists, first-run setup is gone for good.
  if (await hasAnyUser()) notFound();
  const { locale, t } = await getMessages();
  return (
    <AuthLayout t={t} locale={locale}>
      <h2>{t.setupTitle}</h2>
      <p className="lead">{t.setupLead}</p>
      <SetupForm labels={t} />
    </AuthLayout>
  );
}
