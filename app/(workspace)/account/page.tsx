import type { Metadata } from "next";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { db } from "@/lib/db";
import { listApiTokens } from "@/lib/tokens/api-tokens";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.account };
}

export default async function AccountPage() {
  const user = await requireUser();
  const { t } = await getMessages();
  const tokens = await listApiTokens(db, user.id);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.account}</h1>
          <p className="lead">{user.name} · {user.email} · {t[`role${user.role}`]}</p>
        </div>
      </div>
      <div className="stack">
        <section className="card" style={{ maxWidth: 480 }}>
          <h2>{t.changePassword}</h2>
          <p className="muted">{t.changePasswordLead}</p>
          <ChangePasswordForm t={t} />
        </section>
        <section className="card" aria-labelledby="api-tokens">
          <h2 id="api-tokens">{t.apiTokens}</h2>
          <p className="muted">{t.apiTokensLead}</p>
          <ApiTokens t={t} tokens={tokens.map((tk) => ({ ...tk, createdAt: tk.createdAt.toISOString(), lastUsedAt: tk.lastUsedAt?.toISOString() ?? null, revokedAt: tk.revokedAt?.toISOString() ?? null }))} />
        </section>
      </div>
    </>
  );
}
