import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { canImportBulletin } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import type { RequestKey } from "@/lib/idempotency/keys";
import { readDocument } from "@/lib/ingest";
import { startImport, type ImportOutcome } from "@/lib/jobs/imports";
import { apiFileSchema } from "@/lib/validations/api-file";
import { createBulletinSchema } from "@/lib/validations/bulletin";
import { invalidInput } from "@/lib/validations/field-errors";

// POST /api/v1/bulletins: the import form's schema and the import the form's action starts; a file
// (base64, see lib/validations/api-file) is read as an upload is, and its text imported as pasted text.

const withFile = z.object({ file: apiFileSchema.optional() });

export async function importFromRequest(client: Db, actor: Actor, body: Record<string, unknown>, key: RequestKey): Promise<ImportOutcome> {
  // Refused before reading a file: a reviewer's upload costs nothing.
  if (!canImportBulletin(actor)) throw forbidden("bulletin.onlyEditorImports");
  const file = withFile.safeParse(body);
  if (!file.success) throw invalidInput(file.error);
  const read = file.data.file ? await readDocument(file.data.file) : undefined;
  // The schema drops what it does not name (the file itself).
  const input = createBulletinSchema.safeParse({ ...body, ...(read ? { originalText: read.text, title: body.title ?? read.title } : {}), requestKey: key });
  if (!input.success) throw invalidInput(input.error);
  return startImport(client, actor, input.data);
}
