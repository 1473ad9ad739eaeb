import type { Db } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canAssignClaims, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { notifyAssigned } from "@/lib/notifications/notify";
import { claimSelect, toClaimView, type ClaimView } from "./dto";
import { staleWrite, touchBulletin, type ClaimRef } from "./write";

/** Assigns one or many claims to a reviewer (or unassigns them): all of them, or none if one is stale. */
export async function assignClaims(client: Db, actor: Actor, refs: ClaimRef[], assigneeId: string | null): Promise<ClaimView[]> {
  if (!canAssignClaims(actor)) throw forbidden("claim.onlyEditorAssigns");
  return client.$transaction(async (tx) => {
    if (assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true } });
      if (!assignee) throw new AppError("bad_request", "user.notActive", { assigneeId: ["user.chooseActive"] });
    }
    const bulletins = new Map<string, string[]>();
    for (const ref of refs) {
      const before = await tx.claim.findUnique({ where: { id: ref.id }, select: { assigneeId: true, bulletinId: true, bulletin: { select: { deletedAt: true } } } });
      if (!before || before.bulletin.deletedAt) throw new AppError("not_found", "claim.oneGone");
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
    if (assigneeId) await notifyAssigned(tx, actor, assigneeId, rows);
    return rows.map(toClaimView);
  });
}
