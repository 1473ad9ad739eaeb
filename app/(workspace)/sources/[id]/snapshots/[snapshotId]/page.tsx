import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { requireUser } from "@/lib/auth/session";
import { canReadSources } from "@/lib/auth/permissions";
import { snapshotById } from "@/lib/sources/snapshots";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].report.storedCopy };
}

export default async function SnapshotPage({ params }: { params: Promise<{ id: string; snapshotId: string }> }) {
  const user = await requireUser();
  if (!canReadSources(user)) forbidden();
  const { id, snapshotId } = await params;
  const snapshot = await snapshotById(id, snapshotId);
  if (!snapshot) notFound();
  const { finalUrl, httpStatus, fetchedAt, sha256 } = snapshot;
  const archive = finalUrl && httpStatus && fetchedAt && sha256
    ? { finalUrl, httpStatus, fetchedAt, sha256, warcHref: `/sources/${id}/snapshots/${snapshotId}/warc` }
    : undefined;
  return <SnapshotView snapshot={snapshot} archive={archive} labels={catalogue[await getLocale()].report} />;
}
