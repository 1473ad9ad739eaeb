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

/** The one error whose message may reach a user; every other error is logged and shown generically. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: FieldErrors;
  /** Safe, structured detail for the client, e.g. the current record behind a conflict. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = statusOf[code];
    this.fieldErrors = fieldErrors;
    this.details = details;
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Your input was not saved; please try again.";

export function forbidden(message = "You do not have permission to do that."): AppError {
  return new AppError("forbidden", message);
}

export function notFound(message = "Not found."): AppError {
  return new AppError("not_found", message);
}
