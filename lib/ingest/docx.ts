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
      {
        en: "This Word file could not be read; it may be damaged, or not a real .docx. Open it in Word, save it again as .docx, and import it again.",
        zh: "无法读取该 Word 文件，它可能已损坏或并非真正的 .docx。请在 Word 中打开，重新另存为 .docx 后再导入。",
      },
      { cause },
    );
  }
}
