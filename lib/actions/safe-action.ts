import { unstable_rethrow } from "next/navigation";
import { logError } from "@/lib/server/log";
import type { z } from "zod";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { inRequestLanguage, requestLocale } from "@/lib/i18n/error-locale";
import { fieldErrorsOf, messageIn } from "@/lib/validations/field-errors";
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

const NOT_A_FORM = { en: "This action expects a form.", zh: "该操作需要提交表单。" };
const CORRECT_FIELDS = { en: "Please correct the highlighted fields.", zh: "请修改标出的字段。" };

/** A FormData argument, or a bad_request: a hand-made call can send anything in its place. */
export function assertFormData(value: unknown): asserts value is FormData {
  if (!(value instanceof FormData)) throw new AppError("bad_request", NOT_A_FORM);
}

/** Turns any thrown error into a state safe to show: AppError messages as they are, others generic. */
export function failureState(error: unknown, values?: Record<string, string>): ActionState<never> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    return { status: "error", message: error.message, code: error.code, fieldErrors: error.fieldErrors, values };
  }
  logError("action failed", error);
  return { status: "error", message: GENERIC_ERROR_MESSAGE, code: "internal", values };
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
    try {
      const user = await requireUser();
      assertFormData(formData);
      const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
      if (!parsed.success) {
        const locale = await requestLocale();
        return { status: "error", message: CORRECT_FIELDS[locale], code: "bad_request", fieldErrors: fieldErrorsOf(parsed.error, locale), values };
      }
      const result = await handler(user, parsed.data);
      return { status: "ok", ...(result ?? {}) };
    } catch (error) {
      return failureState(await inRequestLanguage(error), values);
    }
  };
}

/**
 * Wraps a server action called with a plain object: authenticates, validates with zod, and turns
 * every failure into a safe `{ ok: false, error }` (a conflict carries the current record).
 */
export function jsonAction<S extends z.ZodType, T>(schema: S, handler: (user: CurrentUser, input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const locale = await requestLocale();
        const first = parsed.error.issues[0]?.message;
        return { ok: false, error: { code: "bad_request", message: first ? messageIn(first, locale) : "Invalid input.", fieldErrors: fieldErrorsOf(parsed.error, locale) } };
      }
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (error) {
      return failureResult(await inRequestLanguage(error));
    }
  };
}

/** The `{ ok: false, error }` of an action: AppError messages as they are, anything else logged and generic. */
export function failureResult(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details } };
  }
  logError("action failed", error);
  return { ok: false, error: { code: "internal", message: GENERIC_ERROR_MESSAGE } };
}
