import { forbidden } from "next/navigation";
import { SpreadsheetImportForm } from "@/components/import/spreadsheet-import-form";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

export default async function SpreadsheetImportPage() {
  const user = await requireUser();
  if (!canImportBulletin(user)) forbidden();
  const locale = await getLocale();
  const s = catalogue[locale].spreadsheet;
  return (
    <>
      <div className="page-head"><h1>{s.title}</h1></div>
      <p className="lead">{s.lead}</p>
      <SpreadsheetImportForm s={s} w={catalogue[locale].workspace} />
    </>
  );
}
