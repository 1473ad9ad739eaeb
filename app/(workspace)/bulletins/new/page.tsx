import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { spreadsheetMessages } from "@/lib/i18n/spreadsheet-messages";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workspaceMessages[await getLocale()].newBulletin };
}

export default async function NewBulletinPage() {
  const user = await requireUser();
  if (!canImportBulletin(user)) forbidden();
  const locale = await getLocale();
  const w = workspaceMessages[locale];
  const s = spreadsheetMessages[locale];
  return (
    <>
      <div className="page-head">
        <h1>{w.newBulletin}</h1>
        <p className="muted">{s.orSpreadsheet} <Link href="/bulletins/new/spreadsheet">{s.link}</Link></p>
      </div>
      <ImportForm w={w} />
    </>
  );
}
