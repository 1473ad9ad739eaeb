import { db } from "@/lib/db";

export function snapshotById(sourceId: string, snapshotId: string) {
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, sourceId },
    select: {
      id: true, text: true, takenAt: true, finalUrl: true, httpStatus: true, fetchedAt: true, sha256: true,
      source: { select: { title: true, url: true, publisher: true } },
    },
  });
}

/** What the WARC of a snapshot needs; null fields mean the snapshot was not fetched by URL. */
export function snapshotArchive(sourceId: string, snapshotId: string) {
  return db.sourceSnapshot.findFirst({
    where: { id: snapshotId, sourceId },
    select: { id: true, finalUrl: true, httpStatus: true, httpHeaders: true, fetchedAt: true, bytes: true },
  });
}
