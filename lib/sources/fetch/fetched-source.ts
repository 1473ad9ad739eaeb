import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { enforce } from "@/lib/http/rate-limit";
import type { RequestKey } from "@/lib/idempotency/keys";
import { firstIssueKey } from "@/lib/validations/field-errors";
import { snapshotTextSchema } from "@/lib/validations/source";
import { canonicalUrl } from "../canonical-url";
import { addSnapshot, addSourceToClaim, assertMayAttach, attachSource, type SnapshotArchive, type SnapshotExtras, type SourceMeta } from "../service";
import { fetchUrl, type FetchedPage, type FetchOptions } from "./fetch-url";
import { pageText } from "./page-text";
import { addSourceToBulletin, assertMayAttachToBulletin, attachSourceToBulletin } from "../bulletin-sources";

function archiveOf(page: FetchedPage): SnapshotArchive {
  return {
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    httpStatus: page.status,
    httpContentType: page.contentType,
    httpHeaders: JSON.stringify(page.headers),
    etag: page.etag,
    lastModified: page.lastModified,
    fetchedAt: page.fetchedAt,
    bytes: new Uint8Array(page.bytes),
    sha256: page.sha256,
  };
}

const withTable = (archive: SnapshotArchive, tableGrid: string | undefined) => (tableGrid ? { ...archive, tableGrid } : archive);

async function readPage(page: FetchedPage) {
  const read = await pageText(page.bytes, page.contentType, page.finalUrl);
  const text = snapshotTextSchema.safeParse(read.text);
  if (!text.success) throw new AppError("bad_request", firstIssueKey(text.error));
  return { ...read, text: text.data };
}

export type FetchSourceInput = Omit<SourceMeta, "title" | "url"> & { url: string; title?: string };

type FetchTarget = {
  /** Refuses before the fetch what attaching would refuse. */
  check: () => Promise<void>;
  attachKnown: (sourceId: string) => Promise<void>;
  store: (meta: SourceMeta, text: string, contentType: string, archive: SnapshotExtras) => Promise<{ sourceId: string; reused: boolean; title: string }>;
};

/**
 * Attach source → From a URL: fetches the page (see fetch-url.ts), stores it as the source's first
 * snapshot with its archive fields, and attaches it. A URL already in the library is attached
 * without fetching; its stored copies stay as they are (Fetch again brings a newer one).
 */
async function fetchSourceFor(client: Db, actor: Actor, target: FetchTarget, input: FetchSourceInput, options?: FetchOptions) {
  await target.check();
  const known = await client.source.findUnique({ where: { canonicalUrl: canonicalUrl(input.url) }, select: { id: true, title: true } });
  if (known) {
    await target.attachKnown(known.id);
    return { sourceId: known.id, reused: true, title: known.title };
  }
  await enforce(client, "source-fetch", `user:${actor.id}`);
  const page = await fetchUrl(input.url, options);
  const read = await readPage(page);
  const title = input.title ?? read.title?.slice(0, 300) ?? new URL(page.finalUrl).hostname;
  return target.store({ ...input, title }, read.text, read.contentType, withTable(archiveOf(page), read.tableGrid));
}

export function fetchSourceForClaim(client: Db, actor: Actor, claimId: string, input: FetchSourceInput, key?: RequestKey, options?: FetchOptions) {
  return fetchSourceFor(client, actor, {
    check: () => assertMayAttach(client, actor, claimId),
    attachKnown: (sourceId) => attachSource(client, actor, claimId, sourceId),
    store: (meta, text, contentType, archive) => addSourceToClaim(client, actor, claimId, meta, text, contentType, key, archive),
  }, input, options);
}

export function fetchSourceForBulletin(client: Db, actor: Actor, bulletinId: string, input: FetchSourceInput, key?: RequestKey, options?: FetchOptions) {
  return fetchSourceFor(client, actor, {
    check: () => assertMayAttachToBulletin(client, actor, bulletinId),
    attachKnown: (sourceId) => attachSourceToBulletin(client, actor, bulletinId, sourceId),
    store: (meta, text, contentType, archive) => addSourceToBulletin(client, actor, bulletinId, meta, text, contentType, key, archive),
  }, input, options);
}

/**
 * Fetch again: asks the server with the stored ETag / Last-Modified, and stores a new snapshot (re-anchoring
 * evidence as any newer snapshot does) only when the bytes changed; an unchanged page stores nothing.
 */
export async function fetchSourceAgain(client: Db, actor: Actor, sourceId: string, key?: RequestKey, options?: FetchOptions) {
  if (!actor.active) throw forbidden();
  const source = await client.source.findUnique({
    where: { id: sourceId },
    select: { url: true, snapshots: { orderBy: { takenAt: "desc" }, take: 1, select: { text: true, sha256: true, etag: true, lastModified: true, requestedUrl: true } } },
  });
  if (!source) throw new AppError("not_found", "source.gone");
  const latest = source.snapshots[0];
  const url = latest?.requestedUrl ?? source.url;
  if (!url) throw new AppError("bad_request", "fetch.noUrl");
  await enforce(client, "source-fetch", `user:${actor.id}`);
  // Validators only mean something for a copy that was itself fetched.
  const page = await fetchUrl(url, { ...options, conditional: latest?.sha256 ? { etag: latest.etag, lastModified: latest.lastModified } : undefined });
  if (page.notModified || (latest?.sha256 && latest.sha256 === page.sha256)) return { changed: false as const };
  const read = await readPage(page);
  if (latest && !latest.sha256 && latest.text === read.text) return { changed: false as const };
  const result = await addSnapshot(client, actor, sourceId, read.text, read.contentType, key, withTable(archiveOf(page), read.tableGrid));
  return { changed: true as const, ...result };
}
