import type { ReactNode } from "react";
import Link from "next/link";
import { LocaleSwitch } from "@/components/ui/locale-switch";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { requireUser } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/auth/permissions";
import { getMessages } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale, t } = await getMessages();
  return (
    <>
      <a href="#main" className="skip-link">{t.skipToMain}</a>
      <header className="shell-header">
        <nav aria-label={t.appName}>
          <Link href="/bulletins" className="brand"><span className="brand-mark" />{t.appName}</Link>
          <Link href="/bulletins">{t.bulletins}</Link>
          <Link href="/queue">{t.myQueue}</Link>
          {canManageUsers(user) && <Link href="/admin/users">{t.users}</Link>}
          <span className="shell-spacer" />
          <LocaleSwitch locale={locale} label={t.language} />
          <Link href="/account" className="shell-user" data-testid="current-user">{user.name} · {t[`role${user.role}`]}</Link>
          <SignOutButton label={t.signOut} />
        </nav>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>{children}</main>
    </>
  );
}
