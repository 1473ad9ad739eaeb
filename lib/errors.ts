import { translate, type ErrorKey, type Locale, type Message, type Said } from "@/lib/i18n/catalogue";

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "throttled"
  | "too_large"
  | "unsupported_media_type"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  throttled: 429,
  internal: 500,
};

/** Rendered field messages, as forms and the API show them. */
export type FieldErrors = Record<string, string[]>;
/** Field messages by code, rendered in the reader's language at the boundary. */
export type FieldMessages = Record<string, Said[]>;

const asMessage = (m: Said): Message => (typeof m === "string" ? { key: m } : m);

/** The catalogue code of a message. */
export function keyOf(m: Said): ErrorKey {
  return typeof m === "string" ? m : m.key;
}

/**
 * The one error whose message may reach a user. It carries a message code and parameters from the
 * catalogue; `message` is the English text (for logs and the command line), and the boundary that
 * answers a request renders it in the reader's language. Every other error is logged and shown generically.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly msg: Message;
  readonly fieldMessages?: FieldMessages;
  /** Safe, structured detail for the client, e.g. the current record behind a conflict. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: Said, fieldMessages?: FieldMessages, details?: unknown) {
    const msg = asMessage(message);
    super(translate("en", msg));
    this.name = "AppError";
    this.code = code;
    this.status = statusOf[code];
    this.msg = msg;
    this.fieldMessages = fieldMessages;
    this.details = details;
  }

  /** The message's catalogue code. */
  get key(): ErrorKey {
    return keyOf(this.msg);
  }

  /** The field messages in English (what tests and logs read). */
  get fieldErrors(): FieldErrors | undefined {
    return this.fieldErrorsIn("en");
  }

  messageIn(locale: Locale): string {
    return translate(locale, this.msg);
  }

  fieldErrorsIn(locale: Locale): FieldErrors | undefined {
    if (!this.fieldMessages) return undefined;
    return Object.fromEntries(Object.entries(this.fieldMessages).map(([field, list]) => [field, list.map((m) => translate(locale, m))]));
  }
}

export function forbidden(message: Said = "forbidden"): AppError {
  return new AppError("forbidden", message);
}

export function notFound(message: Said = "notFound"): AppError {
  return new AppError("not_found", message);
}

export const GENERIC_ERROR_MESSAGE = translate("en", { key: "generic" });
