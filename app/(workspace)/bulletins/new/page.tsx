import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].workspace.newBulletin };
}

export default async function NewBulletinPage() {
  const user = await requireUser();
  if (!canImportBulletin(user)) forbidden();
  const locale = await getLocale();
  const w = catalogue[locale].workspace;
  const s = catalogue[locale].spreadsheet;
  return (
    <>
      <div className="page-head">
        <h1>{w.newBulletin}</h1>
        <p className="muted">{s.orSpreadsheet} <Link href="/bulletins/new/spreadsheet">{s.link}</Link></p>
      </div>
      <ImportForm w={w} b={catalogue[locale].bulletin} locale={locale} />
    </>
  );
}
