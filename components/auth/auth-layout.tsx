import type { ReactNode } from "react";
import type { Locale, Messages } from "@/lib/i18n/catalogue";
import { LocaleSwitch } from "@/components/ui/locale-switch";

/** The two-column frame of the sign-in and setup pages. */
export function AuthLayout({ t, locale, children }: { t: Messages; locale: Locale; children: ReactNode }) {
  return (
    <main className="auth-page">
      <section className="auth-aside">
        <h1><span className="brand-mark" />{t.appName}</h1>
        <p>{t.tagline}</p>
        <p className="zh" lang="zh">{t.taglineZh}</p>
        <div className="auth-locale"><LocaleSwitch locale={locale} label={t.language} /></div>
      </section>
      <section className="auth-panel">
        <div className="auth-card">{children}</div>
      </section>
    </main>
  );
}
