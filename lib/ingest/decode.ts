import { IngestError } from "./errors";

const NOT_UTF8 = {
  en: "This file is not valid UTF-8 text. Open it in a text editor and save it with the encoding “UTF-8” (Chinese files saved as GBK/GB2312 need this too), then import it again.",
  zh: "该文件不是有效的 UTF-8 文本。请在文本编辑器中打开，以“UTF-8”编码另存（以 GBK/GB2312 保存的中文文件也需如此），然后重新导入。",
};

function decodeStrict(bytes: Uint8Array, label: string): string {
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new IngestError("not_utf8", NOT_UTF8, { cause });
  }
}

/**
 * Decodes a text upload: UTF-8 (BOM optional), or UTF-16 when it starts with a BOM, as Windows
 * Notepad writes. `declaredCharset` lets HTML name its own encoding (old Chinese sites use GBK).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes, "utf-16be");
  if (bytes.includes(0)) {
    throw new IngestError(
      "unreadable",
      {
        en: "This file contains binary data, not text. Check that you picked the right file, or save it as plain text.",
        zh: "该文件包含二进制数据而非文本。请确认选择了正确的文件，或将其另存为纯文本。",
      },
    );
  }
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!utf8 && declaredCharset && isOtherKnownCharset(declaredCharset)) return decodeStrict(bytes, declaredCharset);
  return decodeStrict(bytes, "utf-8");
}

function isOtherKnownCharset(label: string): boolean {
  try {
    return new TextDecoder(label).encoding !== "utf-8";
  } catch {
    return false;
  }
}
