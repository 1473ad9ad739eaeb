import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShareThrottled } from "@/components/report/share-throttled";
import { SnapshotView } from "@/components/report/snapshot-view";
import { db } from "@/lib/db";
import { getLocale } from "@/lib/i18n/locale";
import { publicSnapshot } from "@/lib/reports/public";
import { openRequestedShareLink } from "@/lib/tokens/share-request";
import { catalogue } from "@/lib/i18n/catalogue";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].report.storedCopy, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A stored source a published claim of the shared bulletin quotes; nothing else. */
export default async function SharedSnapshotPage({ params }: { params: Promise<{ token: string; snapshotId: string }> }) {
  const { token, snapshotId } = await params;
  const opened = await openRequestedShareLink(token);
  if (opened && "retryInMinutes" in opened) return <ShareThrottled minutes={opened.retryInMinutes} />;
  const snapshot = opened ? await publicSnapshot(db, opened.bulletinId, snapshotId) : null;
  if (!snapshot) notFound();
  return <main className="shell-main"><SnapshotView snapshot={snapshot} /></main>;
}
