import { IngestError } from "./errors";

export type IngestFormat = "txt" | "md" | "html" | "docx" | "pdf";

/**
 * Largest upload accepted: 10 MB (10 × 1024 × 1024 bytes). Long bulletins are far smaller;
 * the limit is there so one upload cannot hold a server's memory while pdf.js parses it.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Record<string, IngestFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".pdf": "pdf",
};

/** Extensions an upload field should accept (e.g. joined into an `accept` attribute). */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

// Only used when the file name has no extension at all (e.g. pasted from a clipboard).
const FORMAT_BY_MIME: Record<string, IngestFormat> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/html": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/pdf": "pdf",
};

export const ACCEPTED_TYPES_MESSAGE = "Only .txt, .md, .html, .docx and .pdf files can be imported.";

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** Picks the format from the file name, or from the MIME type when the name has no extension. */
export function formatOf(name: string, type?: string): IngestFormat {
  const extension = extensionOf(name);
  const format = extension ? FORMAT_BY_EXTENSION[extension] : FORMAT_BY_MIME[(type ?? "").split(";")[0].trim().toLowerCase()];
  if (format) return format;
  const what = extension ? `“${extension}” files cannot be imported.` : "This file has no extension, so its type is unknown.";
  throw new IngestError("unsupported_type", `${what} ${ACCEPTED_TYPES_MESSAGE}`);
}

/** A file name is only a name: a path in it (`../`, `/`, `\`) or control characters mean a forged upload. */
export function checkFileName(name: string): void {
  if (/[\\/\u0000-\u001f\u007f]/.test(name) || name.split(".").every((part) => part === "") || name.length > 255) {
    throw new IngestError("unsupported_type", {
      en: "The file name contains a path or control characters. Rename the file (letters, digits and a dot before the extension) and upload it again.",
      zh: "文件名包含路径或控制字符。请重命名文件（仅用文字、数字和扩展名前的点）后重新上传。",
    });
  }
}
