import Link from "next/link";
import { getMessages } from "@/lib/i18n/locale";

export default async function Forbidden() {
  const { t } = await getMessages();
  return (
    <main className="centered card">
      <h1>{t.forbiddenTitle}</h1>
      <p className="lead">{t.forbiddenLead}</p>
      <Link href="/bulletins" className="button">{t.backHome}</Link>
    </main>
  );
}
