import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canComment, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { notifyMentions } from "@/lib/notifications/notify";
import { once, type RequestKey } from "@/lib/idempotency/keys";
import { touchBulletin } from "./write";

/** Adds a comment; a retry with the same request key gets the first comment back instead of a second one. */
export async function addComment(client: Db, actor: Actor, claimId: string, body: string, key?: RequestKey): Promise<{ id: string }> {
  if (!canComment(actor)) throw forbidden();
  return client.$transaction((tx) => once(tx, actor.id, key, "comment", async () => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, bulletinId: true, assigneeId: true, proposedById: true, bulletin: { select: { deletedAt: true } } } });
    if (!claim || claim.bulletin.deletedAt) throw new AppError("not_found", "claim.gone");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body }, select: { id: true } });
    await appendAudit(tx, { actorId: actor.id, action: "claim.comment", entityType: "Claim", entityId: claimId, bulletinId: claim.bulletinId, after: { commentId: comment.id } });
    await notifyMentions(tx, actor, claim, body);
    // The claim changes for live views (its comment count), not its version: a comment conflicts with no one.
    await touchBulletin(tx, claim.bulletinId, [claimId]);
    return { id: comment.id };
  }));
}
