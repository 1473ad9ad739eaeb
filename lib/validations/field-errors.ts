import type { z } from "zod";
import { AppError, type FieldErrors, type FieldMessages } from "@/lib/errors";
import { isErrorKey, translate, type ErrorKey, type Locale } from "@/lib/i18n/catalogue";

/**
 * Groups zod issues by field path, the shape forms and the API both show. Our schemas give catalogue
 * codes as messages; zod's own (English) messages become the catalogue's "not valid", unless
 * `keepRaw` keeps them for an API reader (they list the valid values).
 */
export function fieldErrorsOf(error: z.ZodError, locale: Locale = "en", keepRaw = false): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    const text = isErrorKey(issue.message) ? translate(locale, issue.message) : keepRaw ? issue.message : translate(locale, "invalidValue");
    (out[key] ??= []).push(text);
  }
  return out;
}

/** The catalogue code of a zod error's first issue, for an AppError raised from it. */
export function firstIssueKey(error: z.ZodError): ErrorKey {
  const text = error.issues[0]?.message;
  return isErrorKey(text) ? text : "invalidValue";
}

/** A zod error as the AppError a server action throws: its first message, and every field's by code. */
export function invalidInput(error: z.ZodError): AppError {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    (fields[issue.path.join(".") || "form"] ??= []).push(isErrorKey(issue.message) ? issue.message : "invalidValue");
  }
  return new AppError("bad_request", firstIssueKey(error), fields);
}
