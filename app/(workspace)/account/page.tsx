import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/locale";

export default async function AccountPage() {
  const user = await requireUser();
  const { t } = await getMessages();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.account}</h1>
          <p className="lead">{user.name} · {user.email} · {t[`role${user.role}`]}</p>
        </div>
      </div>
      <section className="card" style={{ maxWidth: 480 }}>
        <h2>{t.changePassword}</h2>
        <ChangePasswordForm t={t} />
      </section>
    </>
  );
}
