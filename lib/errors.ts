export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "throttled"
  | "too_large"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  throttled: 429,
  internal: 500,
};

export type FieldErrors = Record<string, string[]>;

/** A message in both interface languages; the boundary that answers the request picks one. */
export type Localised = { en: string; zh: string };

/** The one error whose message may reach a user; every other error is logged and shown generically. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  /** Safe, structured detail for the client, e.g. the current record behind a conflict. */
  readonly details?: unknown;
  /** Both languages, when the message has them; `message` is the English one. */
  readonly localised?: Localised;

  constructor(code: ErrorCode, message: string | Localised, fieldErrors?: FieldErrors, details?: unknown) {
    super(typeof message === "string" ? message : message.en);
    this.name = "AppError";
    this.code = code;
    this.status = statusOf[code];
    this.fieldErrors = fieldErrors;
    this.details = details;
    if (typeof message !== "string") this.localised = message;
  }

  /** The same error with its message in `locale` (unchanged when it has only English). */
  inLanguage(locale: "en" | "zh"): AppError {
    if (!this.localised) return this;
    return new AppError(this.code, { en: this.localised.en, zh: this.localised.zh }, this.fieldErrors, this.details).withMessage(this.localised[locale]);
  }

  private withMessage(message: string): AppError {
    this.message = message;
    return this;
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Your input was not saved; please try again.";

export function forbidden(message = "You do not have permission to do that."): AppError {
  return new AppError("forbidden", message);
}

export function notFound(message = "Not found."): AppError {
  return new AppError("not_found", message);
}
