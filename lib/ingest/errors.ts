import type { Localised } from "@/lib/errors";

export type IngestErrorCode = "too_large" | "empty" | "unsupported_type" | "unreadable" | "not_utf8";

/**
 * A file could not be imported. The message is written for the newsroom user and may be shown
 * as is (in both languages when `localised` is set); `cause` keeps the library's own error for the caller to log.
 */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly localised?: Localised;

  constructor(code: IngestErrorCode, message: string | Localised, options?: { cause?: unknown }) {
    super(typeof message === "string" ? message : message.en, options);
    this.name = "IngestError";
    this.code = code;
    if (typeof message !== "string") this.localised = message;
  }
}
