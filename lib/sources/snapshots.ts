import { db } from "@/lib/db";

export function snapshotById(sourceId: string, snapshotId: string) {
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, sourceId },
    select: { id: true, text: true, takenAt: true, source: { select: { title: true, url: true, publisher: true } } },
  });
}
