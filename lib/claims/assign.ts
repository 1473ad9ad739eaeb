import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canAssignClaims, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { claimSelect, toClaimView, type ClaimView } from "./dto";
import { staleWrite, touchBulletin, type ClaimRef } from "./write";

/** Assigns one or many claims to a reviewer (or unassigns them): all of them, or none if one is stale. */
export async function assignClaims(client: Db, actor: Actor, refs: ClaimRef[], assigneeId: string | null): Promise<ClaimView[]> {
  if (!canAssignClaims(actor)) throw forbidden("Only an editor can assign claims.");
  return client.$transaction(async (tx) => {
    if (assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } });
      if (!assignee) throw new AppError("bad_request", "That person is not an active user.", { assigneeId: ["Choose an active user."] });
    }
    const bulletins = new Map<string, string[]>();
    for (const ref of refs) {
      const before = await tx.claim.findUnique({ where: { id: ref.id }, select: { assigneeId: true, bulletinId: true, bulletin: { select: { deletedAt: true } } } });
      if (!before || before.bulletin.deletedAt) throw new AppError("not_found", "One of the claims no longer exists.");
      const updated = await tx.claim.updateMany({ where: { id: ref.id, version: ref.version }, data: { assigneeId, version: { increment: 1 } } });
      if (updated.count !== 1) throw await staleWrite(tx, ref.id);
      await appendAudit(tx, {
        actorId: actor.id, action: "claim.assign", entityType: "Claim", entityId: ref.id, bulletinId: before.bulletinId,
        before: { assigneeId: before.assigneeId }, after: { assigneeId },
      });
      bulletins.set(before.bulletinId, [...(bulletins.get(before.bulletinId) ?? []), ref.id]);
    }
    for (const [id, claims] of bulletins) await touchBulletin(tx, id, claims);
    const rows = await tx.claim.findMany({ where: { id: { in: refs.map((r) => r.id) } }, select: claimSelect });
    return rows.map(toClaimView);
  });
}
