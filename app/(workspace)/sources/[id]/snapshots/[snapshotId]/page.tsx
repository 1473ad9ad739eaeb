import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { requireUser } from "@/lib/auth/session";
import { snapshotById } from "@/lib/sources/snapshots";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].report.storedCopy };
}

export default async function SnapshotPage({ params }: { params: Promise<{ id: string; snapshotId: string }> }) {
  await requireUser();
  const { id, snapshotId } = await params;
  const snapshot = await snapshotById(id, snapshotId);
  if (!snapshot) notFound();
  return <SnapshotView snapshot={snapshot} />;
}
