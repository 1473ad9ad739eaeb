import { AppError } from "@/lib/errors";
import { firstIssueKey } from "@/lib/validations/field-errors";
import { requestKey } from "@/lib/validations/request-key";
import { sourceTextOf } from "./source-text";

/** The text of a source form: an uploaded file (read like an import; a CSV or XLSX as a table) or the pasted text. */
export async function sourceTextOfForm(formData: FormData) {
  const file = formData.get("file");
  return sourceTextOf({
    text: String(formData.get("text") ?? ""),
    file: file instanceof File ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined,
  });
}

/** The optional request key of a form (see lib/idempotency). */
export function requestKeyOfForm(formData: FormData): string | undefined {
  const parsed = requestKey.safeParse(formData.get("requestKey") ?? undefined);
  if (!parsed.success) throw new AppError("bad_request", firstIssueKey(parsed.error));
  return parsed.data;
}
