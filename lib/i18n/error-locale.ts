import { AppError } from "@/lib/errors";
import { getLocale } from "./locale";
import type { Locale } from "./messages";

/** The request's interface language; English outside a request (tests, the command line). */
export async function requestLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "en";
  }
}

/** An AppError with both languages, answered in the request's language; anything else as it is. */
export async function inRequestLanguage(error: unknown): Promise<unknown> {
  if (!(error instanceof AppError) || !error.localised) return error;
  return error.inLanguage(await requestLocale());
}
