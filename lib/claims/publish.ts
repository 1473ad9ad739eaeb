import type { Db, Tx } from "@/lib/db";
import { appendAudit } from "@/lib/audit/log";
import { canPublishClaims, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { assertPublishable, assertUnpublishable, type PublishableClaim } from "./workflow";
import { staleWrite, touchBulletin, type ClaimRef } from "./write";

/** One claim, a chosen set (each with the version the editor saw), or every verified claim not yet published. */
export type PublishSelection = { bulletinId: string } & ({ claims: ClaimRef[] } | { allVerified: true });

const fields = { id: true, version: true, bulletinId: true, status: true, dismissed: true, verdict: true, publishedAt: true } as const;
type Row = PublishableClaim & { id: string; version: number; bulletinId: string };

async function liveBulletin(tx: Tx, bulletinId: string) {
  const bulletin = await tx.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, select: { id: true } });
  if (!bulletin) throw new AppError("not_found", "bulletin.gone");
}

/** The chosen claims as they are now: each in this bulletin and at the version the editor saw. */
async function chosen(tx: Tx, bulletinId: string, refs: ClaimRef[]): Promise<Row[]> {
  const rows = await tx.claim.findMany({ where: { id: { in: refs.map((r) => r.id) } }, select: fields });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: Row[] = [];
  for (const ref of refs) {
    const row = byId.get(ref.id);
    if (!row || row.bulletinId !== bulletinId) throw new AppError("not_found", "publish.notInBulletin");
    if (row.version !== ref.version) throw await staleWrite(tx, ref.id);
    out.push(row);
  }
  return out;
}

async function setPublished(tx: Tx, actor: Actor, rows: Row[], publishedAt: Date | null): Promise<void> {
  for (const row of rows) {
    const updated = await tx.claim.updateMany({
      where: { id: row.id, version: row.version },
      data: { publishedAt, publishedById: publishedAt ? actor.id : null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await staleWrite(tx, row.id);
    await appendAudit(tx, {
      actorId: actor.id,
      action: publishedAt ? "claim.publish" : "claim.unpublish",
      entityType: "Claim",
      entityId: row.id,
      bulletinId: row.bulletinId,
      before: { publishedAt: row.publishedAt?.toISOString() ?? null },
      after: { publishedAt: publishedAt?.toISOString() ?? null },
    });
  }
}

/**
 * Publishes verified claims: all of the selection or, when one is not publishable or was changed
 * since the editor saw it, none. Each claim gets its own audit entry; the publish date becomes its
 * ClaimReview `datePublished`.
 */
export async function publishClaims(client: Db, actor: Actor, selection: PublishSelection): Promise<{ published: number }> {
  if (!canPublishClaims(actor)) throw forbidden("publish.onlyEditor");
  return client.$transaction(async (tx) => {
    await liveBulletin(tx, selection.bulletinId);
    const rows = "claims" in selection
      ? await chosen(tx, selection.bulletinId, selection.claims)
      : await tx.claim.findMany({
          where: { bulletinId: selection.bulletinId, dismissed: false, status: "VERIFIED", verdict: { not: null }, publishedAt: null },
          select: fields,
        });
    for (const row of rows) assertPublishable(row);
    await setPublished(tx, actor, rows, new Date());
    if (rows.length) await touchBulletin(tx, selection.bulletinId, rows.map((r) => r.id));
    return { published: rows.length };
  });
}

/** Takes published claims out of public view (share links, ClaimReview, share cards); all or none. */
export async function unpublishClaims(client: Db, actor: Actor, bulletinId: string, refs: ClaimRef[]): Promise<{ unpublished: number }> {
  if (!canPublishClaims(actor)) throw forbidden("publish.onlyEditorUnpublishes");
  return client.$transaction(async (tx) => {
    await liveBulletin(tx, bulletinId);
    const rows = await chosen(tx, bulletinId, refs);
    for (const row of rows) assertUnpublishable(row);
    await setPublished(tx, actor, rows, null);
    if (rows.length) await touchBulletin(tx, bulletinId, rows.map((r) => r.id));
    return { unpublished: rows.length };
  });
}
