import { db } from "@/lib/db";
import { claimSelect, toClaimView } from "./dto";

/** All claims of a bulletin, and a moment just before they were read, where live updates resume. */
export async function claimsOfBulletin(bulletinId: string) {
  const loadedAt = new Date(Date.now() - 5_000).toISOString();
  const rows = await db.claim.findMany({ where: { bulletinId }, select: claimSelect, orderBy: [{ start: "asc" }, { end: "asc" }] });
  return { claims: rows.map(toClaimView), loadedAt };
}

/** Claims changed since a moment, for the workspace's live refresh; ids tell which claims still exist. */
export async function claimChanges(bulletinId: string, since: Date) {
  const [changed, ids] = await Promise.all([
    db.claim.findMany({ where: { bulletinId, updatedAt: { gt: since } }, select: claimSelect }),
    db.claim.findMany({ where: { bulletinId }, select: { id: true } }),
  ]);
  return { claims: changed.map(toClaimView), ids: ids.map((c) => c.id) };
}

/** Comments and history of a live claim; null when the claim or its bulletin is gone. */
export async function claimDiscussion(claimId: string) {
  if (!(await db.claim.findFirst({ where: { id: claimId, bulletin: { deletedAt: null } }, select: { id: true } }))) return null;
  const [comments, history] = await Promise.all([
    db.comment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } }),
    db.auditEntry.findMany({ where: { entityType: "Claim", entityId: claimId }, orderBy: { at: "asc" }, include: { actor: { select: { name: true } } } }),
  ]);
  return {
    comments: comments.map((c) => ({ id: c.id, author: c.author.name, body: c.body, at: c.createdAt.toISOString() })),
    history: history.map((h) => ({
      id: h.id,
      actor: h.actor?.name ?? "system",
      action: h.action,
      at: h.at.toISOString(),
      before: h.before ? (JSON.parse(h.before) as Record<string, unknown>) : null,
      after: h.after ? (JSON.parse(h.after) as Record<string, unknown>) : null,
    })),
  };
}

/** A reviewer's open claims across bulletins, most check-worthy first. */
export async function myQueue(userId: string) {
  return db.claim.findMany({
    where: { assigneeId: userId, dismissed: false, status: { not: "VERIFIED" }, bulletin: { deletedAt: null } },
    select: { id: true, statement: true, status: true, kind: true, checkworthiness: true, bulletin: { select: { id: true, title: true } } },
    orderBy: [{ checkworthiness: "desc" }, { start: "asc" }],
    take: 500,
  });
}

export async function claimView(claimId: string) {
  const row = await db.claim.findFirst({ where: { id: claimId, bulletin: { deletedAt: null } }, select: claimSelect });
  return row ? toClaimView(row) : null;
}

/** Each claim's current version, for controls that write back to many claims of a bulletin. */
export async function claimVersions(bulletinId: string): Promise<Record<string, number>> {
  const rows = await db.claim.findMany({ where: { bulletinId }, select: { id: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}
