import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canChangeBulletinSources, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { touchBulletin } from "@/lib/claims/write";
import type { RequestKey } from "@/lib/idempotency/keys";
import { rematch } from "@/lib/jobs/figure-matching";
import { storeSource, type SnapshotExtras, type SourceMeta } from "./service";

async function liveBulletin(tx: Tx | Db, bulletinId: string) {
  const bulletin = await tx.bulletin.findUnique({ where: { id: bulletinId }, select: { id: true, deletedAt: true } });
  if (!bulletin || bulletin.deletedAt) throw new AppError("not_found", "bulletin.gone");
  return bulletin;
}

/** Refuses, before any slow work (a fetch), what attaching a source to the bulletin would refuse. */
export async function assertMayAttachToBulletin(client: Db, actor: Actor, bulletinId: string) {
  if (!canChangeBulletinSources(actor)) throw forbidden("bulletinSource.cannotChange");
  await liveBulletin(client, bulletinId);
}

async function attachToBulletin(tx: Tx, actor: Actor, bulletinId: string, sourceId: string) {
  if (!canChangeBulletinSources(actor)) throw forbidden("bulletinSource.cannotChange");
  await liveBulletin(tx, bulletinId);
  const existing = await tx.bulletinSource.findUnique({ where: { bulletinId_sourceId: { bulletinId, sourceId } }, select: { sourceId: true } });
  if (existing) return;
  await tx.bulletinSource.create({ data: { bulletinId, sourceId, attachedById: actor.id }, select: { sourceId: true } });
  await appendAudit(tx, { actorId: actor.id, action: "bulletin.attach-source", entityType: "Bulletin", entityId: bulletinId, bulletinId, after: { sourceId } });
  await touchBulletin(tx, bulletinId, []);
}

/** Stores a new source (or finds it by URL) and attaches it to the whole bulletin. */
export async function addSourceToBulletin(client: Db, actor: Actor, bulletinId: string, meta: SourceMeta, text: string, contentType: string, key?: RequestKey, archive?: SnapshotExtras) {
  const stored = await storeSource(client, actor, (tx, sourceId) => attachToBulletin(tx, actor, bulletinId, sourceId), "bulletin-source", meta, text, contentType, key, archive);
  await rematch(client, [bulletinId]);
  return stored;
}

/** Attaches a source of the library to the bulletin; attaching it twice changes nothing. */
export async function attachSourceToBulletin(client: Db, actor: Actor, bulletinId: string, sourceId: string) {
  await client.$transaction(async (tx) => {
    if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw new AppError("not_found", "source.gone");
    await attachToBulletin(tx, actor, bulletinId, sourceId);
  });
  await rematch(client, [bulletinId]);
}

/**
 * Detaches a source from the bulletin. Claims that took evidence from it keep it (accepting attached
 * it to them); a second detach of the same source is refused as a conflict, not silently repeated.
 */
export async function detachSourceFromBulletin(client: Db, actor: Actor, bulletinId: string, sourceId: string) {
  if (!canChangeBulletinSources(actor)) throw forbidden("bulletinSource.cannotChange");
  await client.$transaction(async (tx) => {
    await liveBulletin(tx, bulletinId);
    const { count } = await tx.bulletinSource.deleteMany({ where: { bulletinId, sourceId } });
    if (count === 0) throw new AppError("conflict", "bulletinSource.notAttached");
    await appendAudit(tx, { actorId: actor.id, action: "bulletin.detach-source", entityType: "Bulletin", entityId: bulletinId, bulletinId, before: { sourceId } });
    await touchBulletin(tx, bulletinId, []);
  });
  await rematch(client, [bulletinId]);
}
