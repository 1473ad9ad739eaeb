import Link from "next/link";
import { getMessages } from "@/lib/i18n/locale";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <main className="centered card">
      <h1>{t.notFoundTitle}</h1>
      <Link href="/" className="button">{t.backHome}</Link>
    </main>
  );
}
