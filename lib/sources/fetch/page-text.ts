import { AppError } from "@/lib/errors";
import { message } from "@/lib/i18n/catalogue";
import { readDocument } from "@/lib/ingest";
import { decodeText } from "@/lib/ingest/decode";
import { declaredCharset, readHtml } from "@/lib/ingest/html";
import { readTableSource } from "@/lib/ingest/table-source";
import { checkContent } from "@/lib/ingest/sniff";
import { MAX_FETCH_BYTES } from "./fetch-url";

type PageKind = "html" | "pdf" | "docx" | "txt" | "md" | "csv" | "xlsx";

const KIND_BY_TYPE: Record<string, PageKind> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/plain": "txt",
  "text/markdown": "md",
  "text/csv": "csv",
  "application/csv": "csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};
const KIND_BY_EXTENSION: Record<string, PageKind> = { html: "html", htm: "html", pdf: "pdf", docx: "docx", txt: "txt", md: "md", csv: "csv", xlsx: "xlsx" };
// Servers that do not know a file's type send these; the address's extension decides then.
const GENERIC_TYPES = new Set(["", "application/octet-stream", "binary/octet-stream", "application/force-download"]);

function kindOf(contentType: string | null, finalUrl: string): PageKind {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (KIND_BY_TYPE[type]) return KIND_BY_TYPE[type];
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(finalUrl).pathname)?.[1]?.toLowerCase() ?? "";
  if (GENERIC_TYPES.has(type) && KIND_BY_EXTENSION[extension]) return KIND_BY_EXTENSION[extension];
  throw new AppError("bad_request", message("fetch.unsupportedType", { type: type || "unknown" }));
}

const charsetOf = (contentType: string | null) => /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "")?.[1];

/** `tableGrid` is set for a CSV or XLSX table: its cells as JSON, which `text` renders. */
export type PageText = { text: string; title?: string; contentType: string; tableGrid?: string };

/**
 * The readable text of a fetched page, read by the same readers (and behind the same zip and PDF
 * guards) as an upload: HTML through Readability, PDF, DOCX, TXT; CSV and XLSX as tables (lib/ingest/table-source).
 */
export async function pageText(bytes: Uint8Array, contentType: string | null, finalUrl: string): Promise<PageText> {
  const kind = kindOf(contentType, finalUrl);
  if (kind === "html") {
    checkContent("html", ".html", bytes);
    // The HTTP header names the encoding first; a <meta charset> only when it does not.
    const { text, title } = await readHtml(decodeText(bytes, charsetOf(contentType) ?? declaredCharset(bytes)));
    if (!/\S/.test(text)) throw new AppError("bad_request", "ingest.noText");
    return { text, title, contentType: "text/plain; from=html" };
  }
  if (kind === "csv" || kind === "xlsx") {
    const { table, grid } = await readTableSource({ name: `page.${kind}`, bytes });
    return { text: table.text, contentType: `text/plain; from=${kind}`, tableGrid: JSON.stringify(grid) };
  }
  const read = await readDocument({ name: `page.${kind}`, bytes }, { maxBytes: MAX_FETCH_BYTES });
  return { text: read.text, title: read.title, contentType: `text/plain; from=${read.format}` };
}
