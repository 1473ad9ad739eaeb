import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { db } from "@/lib/db";
import { sharedSnapshot } from "@/lib/sources/snapshots";
import { bulletinForShare } from "@/lib/tokens/share-links";
import { getLocale } from "@/lib/i18n/locale";
import { reportMessages } from "@/lib/i18n/report-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: reportMessages[await getLocale()].storedCopy };
}

export default async function SharedSnapshotPage({ params }: { params: Promise<{ token: string; snapshotId: string }> }) {
  const { token, snapshotId } = await params;
  const bulletinId = await bulletinForShare(db, token);
  const snapshot = bulletinId ? await sharedSnapshot(bulletinId, snapshotId) : null;
  if (!snapshot) notFound();
  return <main className="shell-main"><SnapshotView snapshot={snapshot} /></main>;
}
