import type { z } from "zod";
import type { FieldErrors, Localised } from "@/lib/errors";

// A zod message is one string. One written with `bilingual` keeps its Chinese twin here, so the
// action wrapper answers field errors in the request's language while form and server share the schema.
const chinese = new Map<string, string>();

/** A schema message in both languages: returns the English one for zod and remembers the Chinese. */
export function bilingual({ en, zh }: Localised): string {
  chinese.set(en, zh);
  return en;
}

/** A schema message in `locale`; one never written with `bilingual` stays as it is. */
export function messageIn(message: string, locale: "en" | "zh"): string {
  return locale === "zh" ? (chinese.get(message) ?? message) : message;
}

/** Groups zod issues by field path, the shape forms and the API both show. */
export function fieldErrorsOf(error: z.ZodError, locale: "en" | "zh" = "en"): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (out[key] ??= []).push(messageIn(issue.message, locale));
  }
  return out;
}
