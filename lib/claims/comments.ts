import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canComment, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { notifyMentions } from "@/lib/notifications/notify";
import { touchBulletin } from "./write";

export async function addComment(client: Db, actor: Actor, claimId: string, body: string) {
  if (!canComment(actor)) throw forbidden();
  return client.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, bulletinId: true, assigneeId: true, proposedById: true, bulletin: { select: { deletedAt: true } } } });
    if (!claim || claim.bulletin.deletedAt) throw new AppError("not_found", "claim.gone");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body } });
    // Touch the claim (not its version: a comment conflicts with no one) so live views refresh it.
    await tx.claim.update({ where: { id: claimId }, data: { updatedAt: new Date() } });
    await appendAudit(tx, { actorId: actor.id, action: "claim.comment", entityType: "Claim", entityId: claimId, bulletinId: claim.bulletinId, after: { commentId: comment.id } });
    await notifyMentions(tx, actor, claim, body);
    await touchBulletin(tx, claim.bulletinId);
    return comment;
  });
}
