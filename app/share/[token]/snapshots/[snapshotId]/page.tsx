import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { ShareThrottled } from "@/components/report/share-throttled";
import { getLocale } from "@/lib/i18n/locale";
import { reportMessages } from "@/lib/i18n/report-messages";
import { sharedSnapshot } from "@/lib/sources/snapshots";
import { openShareForRequest } from "@/lib/tokens/share-request";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: reportMessages[await getLocale()].storedCopy, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SharedSnapshotPage({ params }: { params: Promise<{ token: string; snapshotId: string }> }) {
  const { token, snapshotId } = await params;
  const opened = await openShareForRequest(token);
  if (opened && "retryInMinutes" in opened) return <ShareThrottled minutes={opened.retryInMinutes} />;
  const snapshot = opened ? await sharedSnapshot(opened.bulletinId, snapshotId) : null;
  if (!snapshot) notFound();
  return <main className="shell-main"><SnapshotView snapshot={snapshot} /></main>;
}
