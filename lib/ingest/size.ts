import { IngestError } from "./errors";

const KB = 1024;
const MB = 1024 * 1024;

/** "12.4 MB", "340 KB", "12 bytes". Rounds up so a file just over the limit never reads as equal to it. */
export function formatSize(bytes: number, roundUp = false): string {
  const round = (n: number) => (roundUp ? Math.ceil(n * 10) : Math.round(n * 10)) / 10;
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  if (bytes >= KB) return `${round(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

export function checkSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength > maxBytes) {
    const size = formatSize(bytes.byteLength, true);
    throw new IngestError("too_large", {
      en: `The file is ${size}; the limit is ${formatSize(maxBytes)}. Split it or import only the pages you need.`,
      zh: `文件大小为 ${size}，上限为 ${formatSize(maxBytes)}。请拆分文件，或只导入需要的部分。`,
    });
  }
  if (bytes.byteLength === 0) throw new IngestError("empty", { en: "The file is empty (0 bytes).", zh: "文件是空的（0 字节）。" });
}
