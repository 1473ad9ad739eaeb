import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { db } from "@/lib/db";
import { publicSnapshot } from "@/lib/reports/public";
import { bulletinForShare } from "@/lib/tokens/share-links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** A stored source a published claim of the shared bulletin quotes; nothing else. */
export default async function SharedSnapshotPage({ params }: { params: Promise<{ token: string; snapshotId: string }> }) {
  const { token, snapshotId } = await params;
  const bulletinId = await bulletinForShare(db, token);
  const snapshot = bulletinId ? await publicSnapshot(db, bulletinId, snapshotId) : null;
  if (!snapshot) notFound();
  return <main className="shell-main"><SnapshotView snapshot={snapshot} /></main>;
}
