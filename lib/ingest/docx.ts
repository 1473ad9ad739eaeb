import { IngestError } from "./errors";
import { assertSafeZip } from "./zip";

/** Paragraph text of a .docx, one blank line between paragraphs (mammoth's raw text). */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  await assertSafeZip(bytes);
  const mammoth = (await import("mammoth")).default;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    // mammoth ends every paragraph with a blank line, the last one included.
    return result.value.trimEnd();
  } catch (cause) {
    throw new IngestError(
      "unreadable",
      "This Word file could not be read; it may be damaged, or not a real .docx. Open it in Word, save it again as .docx, and import it again.",
      { cause },
    );
  }
}
