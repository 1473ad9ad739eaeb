import { IngestError } from "./errors";

function decodeStrict(bytes: Uint8Array, label: string): string {
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new IngestError("not_utf8", "ingest.notUtf8", { cause });
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
    throw new IngestError("unreadable", "ingest.binary");
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
