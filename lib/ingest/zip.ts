import yauzl from "yauzl";
import { IngestError } from "./errors";
import { formatSize } from "./size";

// The one guard for every zip-based upload (.docx now, .xlsx next): call `assertSafeZip(bytes)`
// before handing the bytes to any reader that inflates them (mammoth, exceljs).

export type ZipLimits = {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Uncompressed bytes of all entries together, declared and as really inflated. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of one entry, for entries above `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 50 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };

const refused = (en: string, zh: string) => new IngestError("too_large", { en, zh });

function open(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(error) : resolve(zip),
    );
  });
}

/** Reads the central directory only: nothing is inflated. */
function entriesOf(zip: yauzl.ZipFile, limits: ZipLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    zip.on("error", reject);
    zip.on("end", () => resolve(entries));
    zip.on("entry", (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.maxTotalBytes) {
        return reject(refused(
          `This file would unpack to more than ${formatSize(limits.maxTotalBytes)}, far more than a document needs; it was refused before unpacking. Save the document again, or paste its text.`,
          `该文件解压后将超过 ${formatSize(limits.maxTotalBytes)}，远超正常文档所需，已在解压前拒绝。请重新保存该文档，或直接粘贴其文本。`,
        ));
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        return reject(refused(
          `A part of this file is compressed ${Math.round(ratio)} to 1, as zip bombs are; it was refused before unpacking.`,
          `该文件中有部分内容的压缩比高达 ${Math.round(ratio)} 比 1，与“压缩炸弹”相同，已在解压前拒绝。`,
        ));
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Inflates one entry, counting and discarding the bytes; stops as soon as the budget is spent. */
function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error);
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) stream.destroy(new RangeError("inflated past the limit"));
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(size));
    });
  });
}

/**
 * Refuses a zip that is too big to unpack: first from its central directory (entry count, declared
 * sizes, compression ratio) without inflating anything, then by inflating it with a hard cap, since
 * declared sizes can lie. Throws an IngestError with a message for the user; returns nothing.
 */
export async function assertSafeZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (cause) {
    throw new IngestError("unreadable", { en: "This file is not a readable zip archive; it may be damaged.", zh: "该文件不是可读取的压缩包，可能已损坏。" }, { cause });
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refused(
        `This file holds ${zip.entryCount} parts; a document has far fewer (the limit is ${limits.maxEntries}). It was refused before unpacking.`,
        `该文件包含 ${zip.entryCount} 个部分，正常文档远少于此（上限为 ${limits.maxEntries}），已在解压前拒绝。`,
      );
    }
    const entries = await entriesOf(zip, limits);
    let budget = limits.maxTotalBytes;
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      budget -= await inflatedSize(zip, entry, budget);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    // yauzl reports a size that lies ("too many bytes in the stream") and our cap the same way.
    if (error instanceof RangeError || /too many bytes|too few bytes/i.test(String((error as Error)?.message))) {
      throw refused(
        `This file unpacks to more than it declares or more than ${formatSize(limits.maxTotalBytes)}; it was refused.`,
        `该文件解压后的大小与其声明不符或超过 ${formatSize(limits.maxTotalBytes)}，已拒绝。`,
      );
    }
    throw new IngestError("unreadable", { en: "This file is not a readable zip archive; it may be damaged.", zh: "该文件不是可读取的压缩包，可能已损坏。" }, { cause: error });
  } finally {
    zip.close();
  }
}
