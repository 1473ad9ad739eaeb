import { IngestError } from "./errors";
import { safeZip } from "./zip";

/** Paragraph text of a .docx, one blank line between paragraphs (mammoth's raw text). */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const checked = await safeZip(bytes);
  const mammoth = (await import("mammoth")).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) });
    // mammoth ends every paragraph with a blank line, the last one included.
    return result.value.trimEnd();
  } catch (cause) {
    throw new IngestError(
      "unreadable",
      "ingest.docxUnreadable",
      { cause },
    );
  }
}
