import type { FieldErrors } from "@/lib/errors";

// The state a form action returns; kept apart from the server wrapper so client forms can import it.
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; message?: string; data?: T }
  | { status: "error"; message: string; code?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const idle: ActionState<never> = { status: "idle" };

/** The result of an action the workspace calls with a plain object. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fieldErrors?: FieldErrors; details?: unknown } };
