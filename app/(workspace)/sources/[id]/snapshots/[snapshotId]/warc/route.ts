import { requireApiUser } from "@/lib/auth/session";
import { canReadSources } from "@/lib/auth/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { warcOf } from "@/lib/sources/fetch/warc";
import { snapshotArchive } from "@/lib/sources/snapshots";

/** A snapshot fetched by URL as a WARC/1.1 file, for a desk to hand its evidence to a web archive. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string; snapshotId: string }> }) => {
  const user = await requireApiUser();
  if (!canReadSources(user)) throw forbidden();
  const { id, snapshotId } = await params;
  const snapshot = await snapshotArchive(id, snapshotId);
  if (!snapshot) throw notFound("source.snapshotGone");
  const { finalUrl, httpStatus, httpHeaders, fetchedAt, bytes } = snapshot;
  if (!finalUrl || !httpStatus || !httpHeaders || !fetchedAt || !bytes) throw new AppError("not_found", "fetch.notArchived");
  const warc = await warcOf({ id: snapshot.id, finalUrl, httpStatus, httpHeaders, fetchedAt, bytes }, "Claimdesk");
  return new Response(Buffer.from(warc), {
    headers: {
      "Content-Type": "application/warc",
      "Content-Disposition": `attachment; filename="snapshot-${snapshot.id}.warc"`,
      "Cache-Control": "private, no-store",
    },
  });
});
