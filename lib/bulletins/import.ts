import { randomUUID } from "node:crypto";
import { databaseUrlOf, type Db } from "@/lib/db";
import { canImportBulletin, type Actor } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { offThread } from "@/lib/workers/pool";
import type { CreateBulletinInput } from "@/lib/validations/bulletin";

import type { CleaningPreview } from "./import-rows";

export { claimRows, previewCleaningNow, type CleaningPreview } from "./import-rows";

/** What the editor reviews before saving (cleaned in a worker thread): see previewCleaningNow. */
export function previewCleaning(originalText: string, language: "zh" | "en" | "auto"): Promise<CleaningPreview> {
  return offThread("previewCleaning", { originalText, language });
}

/** Imports a bulletin: the permission here, the engine and the bulk write in a worker thread (import-rows.ts). */
export async function importBulletin(client: Db, actor: Actor, input: CreateBulletinInput): Promise<{ id: string; claims: number }> {
  if (!canImportBulletin(actor)) throw forbidden("Only an editor can import bulletins.");
  return offThread("importBulletin", { url: databaseUrlOf(client), actorId: actor.id, bulletinId: randomUUID(), input, at: new Date().toISOString() });
}
