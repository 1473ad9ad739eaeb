import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canDeleteBulletin, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";

/**
 * Deleting hides a bulletin but keeps its claims, evidence and comments, so reviewers' work can be
 * restored; the editor confirms by typing the title, and the deletion is logged.
 */
export async function deleteBulletin(client: Db, actor: Actor, bulletinId: string, confirmTitle: string) {
  if (!canDeleteBulletin(actor)) throw forbidden("bulletin.onlyEditorDeletes");
  await client.$transaction(async (tx) => {
    const bulletin = await tx.bulletin.findUnique({ where: { id: bulletinId }, select: { title: true, deletedAt: true } });
    if (!bulletin || bulletin.deletedAt) throw new AppError("not_found", "bulletin.gone");
    if (confirmTitle.trim() !== bulletin.title.trim()) {
      throw new AppError("bad_request", "bulletin.titleMismatch", { confirmTitle: ["bulletin.titleDiffers"] });
    }
    const now = new Date();
    await tx.bulletin.update({ where: { id: bulletinId }, data: { deletedAt: now, deletedById: actor.id, version: { increment: 1 } }, select: { id: true } });
    // Share links die with the deletion: restoring the bulletin does not bring them back.
    const links = await tx.shareLink.updateMany({ where: { bulletinId, revokedAt: null }, data: { revokedAt: now } });
    await appendAudit(tx, { actorId: actor.id, action: "bulletin.delete", entityType: "Bulletin", entityId: bulletinId, bulletinId, before: { title: bulletin.title }, after: { revokedShareLinks: links.count } });
  });
}

export async function restoreBulletin(client: Db, actor: Actor, bulletinId: string) {
  if (!canDeleteBulletin(actor)) throw forbidden("bulletin.onlyEditorRestores");
  await client.$transaction(async (tx) => {
    const bulletin = await tx.bulletin.findUnique({ where: { id: bulletinId }, select: { deletedAt: true } });
    if (!bulletin || !bulletin.deletedAt) throw new AppError("not_found", "bulletin.nothingToRestore");
    await tx.bulletin.update({ where: { id: bulletinId }, data: { deletedAt: null, deletedById: null, version: { increment: 1 } }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "bulletin.restore", entityType: "Bulletin", entityId: bulletinId, bulletinId });
  });
}
