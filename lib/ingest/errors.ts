import { translate, type Message, type Said } from "@/lib/i18n/catalogue";

export type IngestErrorCode = "too_large" | "empty" | "unsupported_type" | "unreadable" | "not_utf8";

/**
 * A file could not be imported. It carries a catalogue message for the newsroom user (`message` is
 * its English text, for the command line and logs); `cause` keeps the library's own error for the caller to log.
 */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly msg: Message;

  constructor(code: IngestErrorCode, message: Said, options?: { cause?: unknown }) {
    const msg = typeof message === "string" ? { key: message } : message;
    super(translate("en", msg), options);
    this.name = "IngestError";
    this.code = code;
    this.msg = msg;
  }
}
