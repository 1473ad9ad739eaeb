import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

// Who is told what, written in the same transaction as the change that causes it.

type ClaimFacts = { id: string; bulletinId: string; assigneeId: string | null; proposedById: string | null };
type Kind = "ASSIGNED" | "SENT_BACK" | "APPROVED" | "MENTIONED" | "CHANGED";

const EXCERPT = 140;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

// Changes to the work itself; workflow steps and assignment have notifications of their own.
const QUIET_ACTIONS = new Set(["claim.start", "claim.propose", "claim.approve", "claim.send-back", "claim.assign", "claim.comment"]);

async function bulletinTitle(tx: Tx, bulletinId: string): Promise<string> {
  return (await tx.bulletin.findUnique({ where: { id: bulletinId }, select: { title: true } }))?.title ?? "";
}

async function create(tx: Tx, userId: string, actor: Actor, kind: Kind, claim: ClaimFacts, params: Record<string, unknown>) {
  if (userId === actor.id) return;
  const bulletin = await bulletinTitle(tx, claim.bulletinId);
  await tx.notification.create({
    data: { userId, actorId: actor.id, kind, claimId: claim.id, bulletinId: claim.bulletinId, params: JSON.stringify({ bulletin, ...params }) },
  });
}

/** The assignee hears of a claim they work on changed by someone else: one unread notice per claim, kept fresh. */
export async function notifyChange(tx: Tx, actor: Actor, claim: ClaimFacts, action: string): Promise<void> {
  if (!claim.assigneeId || claim.assigneeId === actor.id || QUIET_ACTIONS.has(action)) return;
  const open = await tx.notification.findFirst({ where: { userId: claim.assigneeId, claimId: claim.id, kind: "CHANGED", readAt: null } });
  if (open) {
    await tx.notification.update({ where: { id: open.id }, data: { actorId: actor.id, createdAt: new Date(), params: JSON.stringify({ ...JSON.parse(open.params), action }) } });
    return;
  }
  await create(tx, claim.assigneeId, actor, "CHANGED", claim, { action });
}

/** One notice per bulletin for claims assigned to someone at once. */
export async function notifyAssigned(tx: Tx, actor: Actor, assigneeId: string, claims: ClaimFacts[]): Promise<void> {
  const byBulletin = new Map<string, ClaimFacts[]>();
  for (const claim of claims) byBulletin.set(claim.bulletinId, [...(byBulletin.get(claim.bulletinId) ?? []), claim]);
  for (const group of byBulletin.values()) await create(tx, assigneeId, actor, "ASSIGNED", group[0], { count: group.length });
}

export async function notifySentBack(tx: Tx, actor: Actor, claim: ClaimFacts, comment: string): Promise<void> {
  if (claim.proposedById) await create(tx, claim.proposedById, actor, "SENT_BACK", claim, { comment: excerpt(comment) });
}

export async function notifyApproved(tx: Tx, actor: Actor, claim: ClaimFacts & { verdict: string | null }): Promise<void> {
  if (claim.proposedById) await create(tx, claim.proposedById, actor, "APPROVED", claim, { verdict: claim.verdict });
}

/** Everyone named as `@Name` in a comment (active users; the longest name wins where names overlap). */
export async function notifyMentions(tx: Tx, actor: Actor, claim: ClaimFacts, body: string): Promise<string[]> {
  if (!body.includes("@")) return [];
  const users = await tx.user.findMany({ where: { active: true }, select: { id: true, name: true } });
  const text = body.toLowerCase();
  const named = users
    .filter((u) => u.name.trim() && text.includes(`@${u.name.toLowerCase()}`))
    .filter((u, _, all) => !all.some((o) => o !== u && o.name.length > u.name.length && o.name.toLowerCase().startsWith(u.name.toLowerCase()) && text.includes(`@${o.name.toLowerCase()}`)));
  for (const user of named) await create(tx, user.id, actor, "MENTIONED", claim, { comment: excerpt(body) });
  return named.map((u) => u.id);
}
