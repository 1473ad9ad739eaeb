export type IngestErrorCode = "too_large" | "empty" | "unsupported_type" | "unreadable" | "not_utf8";

/**
 * A file could not be imported. The message is written for the newsroom user and may be shown
 * as is; `cause` keeps the library's own error for the caller to log.
 */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "IngestError";
    this.code = code;
  }
}
