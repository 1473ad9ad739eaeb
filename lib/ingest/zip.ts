import JSZip from "jszip";
import { IngestError } from "./errors";
import { formatSize } from "./size";

// The guard for zip-based uploads (.xlsx): call `assertSafeZip(bytes)` before a reader inflates
// them. It reads the central directory first (nothing inflated), then inflates every entry with
// a hard cap, since declared sizes can lie.

export type ZipLimits = { maxEntries: number; maxTotalBytes: number; maxRatio: number; ratioFloorBytes: number };

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 50 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };

const refused = (message: string) => new IngestError("too_large", `${message} It was refused before it was unpacked.`);
const unreadable = (cause: unknown) => new IngestError("unreadable", "This file is not a readable zip archive; it may be damaged.", { cause });

type Sizes = { compressedSize: number; uncompressedSize: number };

/** Inflates one entry, counting and dropping the bytes; stops once the budget is spent. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          stream.removeAllListeners("data");
          reject(refused(`This file unpacks to more than ${formatSize(limit)}.`));
        }
      })
      .on("error", reject)
      .on("end", () => resolve(size));
  });
}

export async function assertSafeZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (cause) {
    throw unreadable(cause);
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > limits.maxEntries) throw refused(`This file holds ${entries.length} parts; a document has far fewer (the limit is ${limits.maxEntries}).`);
  let declared = 0;
  for (const entry of entries) {
    // JSZip keeps each entry's sizes from the central directory on its compressed data.
    const sizes = (entry as unknown as { _data: Sizes })._data;
    declared += sizes.uncompressedSize;
    const ratio = sizes.uncompressedSize / Math.max(sizes.compressedSize, 1);
    if (sizes.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) throw refused(`A part of this file is compressed ${Math.round(ratio)} to 1, as zip bombs are.`);
  }
  if (declared > limits.maxTotalBytes) throw refused(`This file would unpack to more than ${formatSize(limits.maxTotalBytes)}.`);
  let budget = limits.maxTotalBytes;
  for (const entry of entries) {
    try {
      budget -= await inflatedSize(entry, budget, limits.maxTotalBytes);
    } catch (error) {
      throw error instanceof IngestError ? error : unreadable(error);
    }
  }
}
