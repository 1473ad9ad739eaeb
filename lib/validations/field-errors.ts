import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** Groups zod issues by field path, the shape forms and the API both show. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
