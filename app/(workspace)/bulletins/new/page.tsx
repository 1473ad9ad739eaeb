import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

export default async function NewBulletinPage() {
  const user = await requireUser();
  if (!canImportBulletin(user)) forbidden();
  const locale = await getLocale();
  const w = catalogue[locale].workspace;
  return (
    <>
      <div className="page-head"><h1>{w.newBulletin}</h1></div>
      <ImportForm w={w} b={catalogue[locale].bulletin} locale={locale} />
    </>
  );
}
