import type { ReactNode } from "react";
import Link from "next/link";
import { LocaleSwitch } from "@/components/ui/locale-switch";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { requireUser } from "@/lib/auth/session";
import { canManageUsers, canReviewVerdicts } from "@/lib/auth/permissions";
import { VERDICTS } from "@/lib/claims/workflow";
import { catalogue } from "@/lib/i18n/catalogue";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getMessages } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale, t } = await getMessages();
  const c = catalogue[locale];
  const verdictLabels = Object.fromEntries(VERDICTS.map((v) => [v, c.workspace[`verdict${v}`]]));
  return (
    <>
      <a href="#main" className="skip-link">{t.skipToMain}</a>
      <header className="shell-header">
        <nav aria-label={t.appName}>
          <Link href="/bulletins" className="brand"><span className="brand-mark" />{t.appName}</Link>
          <Link href="/bulletins">{t.bulletins}</Link>
          <Link href="/queue">{t.myQueue}</Link>
          {canReviewVerdicts(user) && <Link href="/review">{c.review.inbox}</Link>}
          {canManageUsers(user) && <Link href="/admin/users">{t.users}</Link>}
          <span className="shell-spacer" />
          <NotificationBell locale={locale} labels={{ n: c.notifications, verdicts: verdictLabels }} />
          <LocaleSwitch locale={locale} label={t.language} />
          <Link href="/account" className="shell-user" data-testid="current-user">{user.name} · {t[`role${user.role}`]}</Link>
          <SignOutButton label={t.signOut} />
        </nav>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>{children}</main>
    </>
  );
}
