import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canExportReports, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { storeAnswer, storedAnswer, type RequestKey } from "@/lib/idempotency/keys";
import { countHit, limitedUntil } from "@/lib/http/rate-limit";
import { hashSecret, newSecret } from "./secret";

// What a share link shows is decided in lib/reports/public.ts (published claims only); here only
// whether the link opens.

/** A secret link to a bulletin's report, readable without signing in until revoked; a retry (same key) renews the first link's secret. */
export async function createShareLink(client: Db, actor: Actor, bulletinId: string, key?: RequestKey) {
  if (!canExportReports(actor)) throw forbidden("share.onlyEditor");
  const secret = newSecret("share");
  const link = await client.$transaction(async (tx) => {
    const repeated = await storedAnswer<{ id: string }>(tx, actor.id, key, "share-link");
    if (repeated) return tx.shareLink.update({ where: { id: repeated.id }, data: { tokenHash: hashSecret(secret) }, select: { id: true } });
    const bulletin = await tx.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, select: { id: true } });
    if (!bulletin) throw new AppError("not_found", "bulletin.gone");
    const created = await tx.shareLink.create({ data: { bulletinId, tokenHash: hashSecret(secret), createdById: actor.id }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "share.create", entityType: "ShareLink", entityId: created.id, bulletinId });
    await storeAnswer(tx, actor.id, key, "share-link", { id: created.id });
    return created;
  });
  return { id: link.id, secret };
}

export async function revokeShareLink(client: Db, actor: Actor, linkId: string) {
  if (!canExportReports(actor)) throw forbidden("share.onlyEditorRevokes");
  await client.$transaction(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { id: linkId }, select: { revokedAt: true, bulletinId: true } });
    if (!link) throw new AppError("not_found", "share.gone");
    if (link.revokedAt) return;
    await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "share.revoke", entityType: "ShareLink", entityId: linkId, bulletinId: link.bulletinId });
  });
}

export function listShareLinks(client: Db, bulletinId: string) {
  return client.shareLink.findMany({
    where: { bulletinId },
    select: { id: true, createdAt: true, revokedAt: true, createdBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * A share link opened by an anonymous client: the bulletin, or null for a dead or unknown link, or
 * how long the client must wait after too many unknown links (guessing is throttled).
 */
export async function openShareLink(client: Db, secret: string, address: string, now = new Date()): Promise<{ bulletinId: string } | { retryInMinutes: number } | null> {
  const limited = await limitedUntil(client, "share-miss", address, now);
  if (limited) return { retryInMinutes: Math.max(1, Math.ceil((limited.getTime() - now.getTime()) / 60_000)) };
  const bulletinId = await bulletinForShare(client, secret);
  if (bulletinId) return { bulletinId };
  await countHit(client, "share-miss", address, now);
  return null;
}

/** The bulletin a live share link opens, or null. */
export async function bulletinForShare(client: Db, secret: string): Promise<string | null> {
  const link = await client.shareLink.findUnique({ where: { tokenHash: hashSecret(secret) }, select: { bulletinId: true, revokedAt: true, bulletin: { select: { deletedAt: true } } } });
  if (!link || link.revokedAt || link.bulletin.deletedAt) return null;
  return link.bulletinId;
}
