import { AppError } from "@/lib/errors";
import { readDocument } from "@/lib/ingest";
import { firstIssueKey } from "@/lib/validations/field-errors";
import { requestKey } from "@/lib/validations/request-key";
import { snapshotTextSchema } from "@/lib/validations/source";

/** The text of a source form: an uploaded file (read like an import) or the pasted text. */
export async function sourceTextOfForm(formData: FormData): Promise<{ text: string; contentType: string }> {
  const file = formData.get("file");
  let text = String(formData.get("text") ?? "");
  let contentType = "text/plain";
  if (file instanceof File && file.size > 0) {
    const read = await readDocument({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
    text = read.text;
    contentType = `text/plain; from=${read.format}`;
  }
  // Pasted or read from a file, the text meets the same limits.
  const parsed = snapshotTextSchema.safeParse(text);
  if (!parsed.success) throw new AppError("bad_request", firstIssueKey(parsed.error), { text: [firstIssueKey(parsed.error)] });
  return { text: parsed.data, contentType };
}

/** The optional request key of a form (see lib/idempotency). */
export function requestKeyOfForm(formData: FormData): string | undefined {
  const parsed = requestKey.safeParse(formData.get("requestKey") ?? undefined);
  if (!parsed.success) throw new AppError("bad_request", firstIssueKey(parsed.error));
  return parsed.data;
}
