import { db } from "@/lib/db";
import { reportClaimWhere } from "@/lib/reports/load";
import { SHARED_REPORT_SCOPE } from "@/lib/tokens/share-links";

export function snapshotById(sourceId: string, snapshotId: string) {
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, sourceId },
    select: { id: true, text: true, takenAt: true, source: { select: { title: true, url: true, publisher: true } } },
  });
}

/** A snapshot a share link may show: one quoted as evidence by a claim the shared report shows. */
export function sharedSnapshot(bulletinId: string, snapshotId: string) {
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, evidence: { some: { claim: reportClaimWhere(bulletinId, SHARED_REPORT_SCOPE) } } },
    select: { id: true, text: true, takenAt: true, source: { select: { title: true, url: true, publisher: true } } },
  });
}
