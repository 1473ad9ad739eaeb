import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";

/** The two-column frame of the sign-in and setup pages. */
export function AuthLayout({ t, children }: { t: Messages; children: ReactNode }) {
  return (
    <main className="auth-page">
      <section className="auth-aside">
        <h1><span className="brand-mark" />{t.appName}</h1>
        <p>{t.tagline}</p>
        <p className="zh" lang="zh">{t.taglineZh}</p>
      </section>
      <section className="auth-panel">
        <div className="auth-card">{children}</div>
      </section>
    </main>
  );
}
