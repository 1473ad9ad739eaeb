import { notFound } from "next/navigation";
import { SnapshotView } from "@/components/report/snapshot-view";
import { headers } from "next/headers";
import { ShareThrottled } from "@/components/report/share-throttled";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-ip";
import { sharedSnapshot } from "@/lib/sources/snapshots";
import { openShareLink } from "@/lib/tokens/share-links";

export const dynamic = "force-dynamic";

export default async function SharedSnapshotPage({ params }: { params: Promise<{ token: string; snapshotId: string }> }) {
  const { token, snapshotId } = await params;
  const opened = await openShareLink(db, token, clientAddress(await headers()));
  if (opened && "retryInMinutes" in opened) return <ShareThrottled minutes={opened.retryInMinutes} />;
  const snapshot = opened ? await sharedSnapshot(opened.bulletinId, snapshotId) : null;
  if (!snapshot) notFound();
  return <main className="shell-main"><SnapshotView snapshot={snapshot} /></main>;
}
