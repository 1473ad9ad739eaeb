import { createRequire } from "node:module";
import path from "node:path";
import { IngestError } from "./errors";

export interface PdfDocument {
  /** Pages in order, separated by a form feed (\f), the plain-text page break the engine understands. */
  text: string;
  pages: number;
}

/** pdf.js's packed CMaps: without them, older Chinese PDFs using predefined CMaps come out empty. */
function cMapUrl(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;
  } catch {
    // Bundlers may hide require.resolve; the app always runs from the project root.
    return path.join(process.cwd(), "node_modules", "pdfjs-dist", "cmaps") + path.sep;
  }
}

function unreadable(cause: unknown): IngestError {
  const name = cause instanceof Error ? cause.name : "";
  const key = name === "PasswordException" ? "ingest.pdfPassword" : name === "InvalidPDFException" ? "ingest.pdfDamaged" : "ingest.pdfUnreadable";
  return new IngestError("unreadable", key, { cause });
}

/** Text of every page in order; pdf.js marks line ends, and they are kept as they are. */
export async function readPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocumentProxy, extractText } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // A copy, because pdf.js takes ownership of (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { cMapUrl: cMapUrl(), cMapPacked: true, verbosity: 0 });
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    return { text: text.join("\f"), pages: totalPages };
  } catch (cause) {
    throw unreadable(cause);
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
