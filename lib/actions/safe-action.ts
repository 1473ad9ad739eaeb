import { unstable_rethrow } from "next/navigation";
import { logError } from "@/lib/server/log";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { currentSessionState, userOrSignIn, type CurrentUser } from "@/lib/auth/session";
import { translate, type Locale } from "@/lib/i18n/catalogue";
import { requestLocaleFor } from "@/lib/i18n/locale";
import { IngestError } from "@/lib/ingest/errors";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import type { ActionResult, ActionState } from "./safe-action-state";

export type { ActionState } from "./safe-action-state";

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Passwords are never sent back to the page.
    if (typeof value === "string" && !/password|confirm|current/i.test(key)) values[key] = value;
  }
  return values;
}

/** A FormData argument, or a bad_request: a hand-made call can send anything in its place. */
export function assertFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) throw new AppError("bad_request", "notAForm");
}

/**
 * The caller of an action: the session is read once for both its language and its user (React's
 * cache does not reach server actions, so asking for each would read the session twice).
 */
async function caller(): Promise<{ locale: Locale; requireUser: () => CurrentUser }> {
  const read = await currentSessionState().then(
    (state) => ({ state }),
    (error: unknown) => ({ error }),
  );
  const user = "state" in read && read.state.kind === "user" ? read.state.user : null;
  return {
    locale: await requestLocaleFor(user),
    // Thrown inside the action's own try, as before: a failed read is answered like any failure.
    requireUser: () => {
      if ("error" in read) throw read.error;
      return userOrSignIn(read.state);
    },
  };
}

/** Turns any thrown error into a state safe to show, in the reader's language: AppError messages as they are, others generic. */
export function failureState(error: unknown, values?: Record<string, string>, locale: Locale = "en"): ActionState<never> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    return { status: "error", message: error.messageIn(locale), code: error.code, fieldErrors: error.fieldErrorsIn(locale), values };
  }
  logError("action failed", error);
  return { status: "error", message: translate(locale, "generic"), code: "internal", values };
}

/**
 * Wraps a form server action: authenticates, validates the form with the shared zod schema and
 * returns field errors instead of throwing. The form's own input comes back so nothing is lost.
 */
export function formAction<S extends z.ZodType, T>(
  schema: S,
  handler: (user: CurrentUser, input: z.infer<S>) => Promise<{ message?: string; data?: T } | void>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formData instanceof FormData ? formValues(formData) : {};
    const { locale, requireUser } = await caller();
    try {
      const user = requireUser();
      assertFormData(formData);
      const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
      if (!parsed.success) {
        return { status: "error", message: translate(locale, "invalid"), code: "bad_request", fieldErrors: fieldErrorsOf(parsed.error, locale), values };
      }
      const result = await handler(user, parsed.data);
      return { status: "ok", ...(result ?? {}) };
    } catch (error) {
      return failureState(error, values, locale);
    }
  };
}

/**
 * Wraps a server action called with a plain object: authenticates, validates with zod, and turns
 * every failure into a safe `{ ok: false, error }` (a conflict carries the current record).
 */
export function jsonAction<S extends z.ZodType, T>(schema: S, handler: (user: CurrentUser, input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const { locale, requireUser } = await caller();
    try {
      const user = requireUser();
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error, locale);
        return { ok: false, error: { code: "bad_request", message: Object.values(fieldErrors)[0]?.[0] ?? translate(locale, "invalid"), fieldErrors } };
      }
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (error) {
      return failureResult(error, locale);
    }
  };
}

/**
 * Wraps a server action that takes a form with files (an upload): authenticates, hands the form to
 * the handler, and turns every failure into a safe `{ ok: false, error }` like jsonAction.
 */
export function uploadAction<T>(handler: (user: CurrentUser, formData: FormData, locale: Locale) => Promise<T>) {
  return async (formData: FormData): Promise<ActionResult<T>> => {
    const { locale, requireUser } = await caller();
    try {
      const user = requireUser();
      assertFormData(formData);
      return { ok: true, data: await handler(user, formData, locale) };
    } catch (error) {
      return failureResult(error, locale);
    }
  };
}

/** The `{ ok: false, error }` of an action in the reader's language: AppError messages as they are, anything else logged and generic. */
export function failureResult(error: unknown, locale: Locale = "en"): ActionResult<never> {
  unstable_rethrow(error);
  // A file that cannot be read is the user's input, answered like any other bad input.
  if (error instanceof IngestError) error = new AppError("bad_request", error.msg);
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.messageIn(locale), key: error.key, fieldErrors: error.fieldErrorsIn(locale), details: error.details } };
  }
  logError("action failed", error);
  return { ok: false, error: { code: "internal", message: translate(locale, "generic") } };
}
