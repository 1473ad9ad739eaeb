import { requireUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/locale";

export default async function BulletinsPage() {
  await requireUser();
  const { t } = await getMessages();
  return (
    <>
      <div className="page-head"><h1>{t.bulletins}</h1></div>
      <div className="card empty">
        <p><strong>{t.bulletinsEmpty}</strong></p>
        <p>{t.bulletinsEmptyLead}</p>
      </div>
    </>
  );
}
