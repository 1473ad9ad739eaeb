import { readDocx } from "./docx";
import { IngestError } from "./errors";
import { checkFileName, extensionOf, formatOf, MAX_UPLOAD_BYTES, SUPPORTED_EXTENSIONS, type IngestFormat } from "./formats";
import { decodeText } from "./decode";
import { declaredCharset, readHtml } from "./html";
import { markdownToText } from "./markdown";
import { readPdf } from "./pdf";
import { checkSize } from "./size";
import { checkContent } from "./sniff";

export { IngestError, MAX_UPLOAD_BYTES, SUPPORTED_EXTENSIONS };
export type { IngestErrorCode } from "./errors";
export type { IngestFormat };

export interface IngestFile {
  name: string;
  /** The browser's MIME type; only consulted when the name has no extension. */
  type?: string;
  bytes: Uint8Array;
}

export interface IngestResult {
  /** Plain text, never markup. PDF pages are separated by a form feed (\f). */
  text: string;
  format: IngestFormat;
  title?: string;
  pages?: number;
}

const NO_TEXT_LAYER =
  "This PDF has no text layer (it may be a scan or a photo of pages). Run it through OCR, or paste the text instead.";

/**
 * Reads an uploaded bulletin or source document into plain text. Server-side only.
 * Throws IngestError (with a message fit for the user) for anything it cannot import.
 */
export async function readDocument(file: IngestFile, options: { maxBytes?: number } = {}): Promise<IngestResult> {
  checkFileName(file.name);
  checkSize(file.bytes, options.maxBytes ?? MAX_UPLOAD_BYTES);
  const format = formatOf(file.name, file.type);
  checkContent(format, extensionOf(file.name), file.bytes);

  const result = await extract(format, file.bytes).catch((cause: unknown) => {
    if (cause instanceof IngestError) throw cause;
    throw new IngestError("unreadable", "This file could not be read; it may be damaged.", { cause });
  });
  if (!/\S/.test(result.text)) {
    throw new IngestError("empty", format === "pdf" ? NO_TEXT_LAYER : "The file has no text to import.");
  }
  return result;
}

async function extract(format: IngestFormat, bytes: Uint8Array): Promise<IngestResult> {
  switch (format) {
    case "txt":
      return { format, text: decodeText(bytes) };
    case "md":
      return { format, text: markdownToText(decodeText(bytes)) };
    case "html": {
      const { text, title } = await readHtml(decodeText(bytes, declaredCharset(bytes)));
      return { format, text, ...(title ? { title } : {}) };
    }
    case "docx":
      return { format, text: await readDocx(bytes) };
    case "pdf": {
      const { text, pages } = await readPdf(bytes);
      return { format, text, pages };
    }
  }
}
