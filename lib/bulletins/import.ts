import { uuidForKey } from "@/lib/idempotency/keys";
import { databaseUrlOf, type Db } from "@/lib/db";
import { canImportBulletin, type Actor } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { offThread } from "@/lib/workers/pool";
import type { CreateBulletinInput } from "@/lib/validations/bulletin";

import type { CleaningPreview } from "./import-rows";

export { bulletinRow, claimRows, previewCleaningNow, type CleaningPreview } from "./import-rows";

/** What the editor reviews before saving (cleaned in a worker thread): see previewCleaningNow. */
export function previewCleaning(originalText: string, language: "zh" | "en" | "auto"): Promise<CleaningPreview> {
  return offThread("previewCleaning", { originalText, language });
}

/** A bulletin this editor imported, with its claim count, or null (a retried import asks). */
export async function storedImport(client: Db, actorId: string, bulletinId: string): Promise<{ id: string; claims: number } | null> {
  const found = await client.bulletin.findFirst({ where: { id: bulletinId, importedById: actorId }, select: { id: true, _count: { select: { claims: true } } } });
  return found ? { id: found.id, claims: found._count.claims } : null;
}

/** The bulletin id a request key stands for: a retried import then meets its own first row. */
export function bulletinIdFor(actorId: string, key: string | undefined): string {
  return uuidForKey("bulletin", actorId, key);
}

/**
 * Imports a bulletin: the permission here, the engine and the bulk write in a worker thread
 * (import-rows.ts). A retry with the request key of an import that was stored gets that bulletin.
 */
export async function importBulletin(client: Db, actor: Actor, input: CreateBulletinInput): Promise<{ id: string; claims: number }> {
  if (!canImportBulletin(actor)) throw forbidden("bulletin.onlyEditorImports");
  const bulletinId = bulletinIdFor(actor.id, input.requestKey);
  const earlier = () => storedImport(client, actor.id, bulletinId);
  if (input.requestKey) {
    const stored = await earlier();
    if (stored) return stored;
  }
  try {
    return await offThread("importBulletin", { url: databaseUrlOf(client), actorId: actor.id, bulletinId, input, at: new Date().toISOString() });
  } catch (error) {
    // Two tries racing: the second insert meets the first one's bulletin.
    const stored = input.requestKey ? await earlier() : null;
    if (stored) return stored;
    throw error;
  }
}
