import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { canImportBulletin } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workspaceMessages[await getLocale()].newBulletin };
}

export default async function NewBulletinPage() {
  const user = await requireUser();
  if (!canImportBulletin(user)) forbidden();
  const w = workspaceMessages[await getLocale()];
  return (
    <>
      <div className="page-head"><h1>{w.newBulletin}</h1></div>
      <ImportForm w={w} />
    </>
  );
}
