import JSZip from "jszip";
import yauzl from "yauzl";
import { message, type ErrorKey, type MessageParams } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";
import { formatSize } from "./size";

// The one guard for every zip-based upload (.docx, .xlsx): `safeZip(bytes)` checks and inflates the
// archive, and every reader (mammoth, exceljs) is handed only the archive it returns, never the upload:
// zip readers disagree about which entries a file holds (end-record counts, offset corrections).

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

const refused = (key: ErrorKey, params: MessageParams) => new IngestError("too_large", message(key, params));

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
    const names = new Set<string>();
    let declared = 0;
    zip.on("error", reject);
    zip.on("end", () => resolve(entries));
    zip.on("entry", (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.maxTotalBytes) {
        return reject(refused("ingest.zipTooBig", { limit: formatSize(limits.maxTotalBytes) }));
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        return reject(refused("ingest.zipRatio", { ratio: Math.round(ratio) }));
      }
      // Part names are case-insensitive in Office files; a reader would pick one of two at random.
      const name = entry.fileName.toLowerCase();
      if (names.has(name)) {
        return reject(new IngestError("unreadable", message("ingest.zipDuplicatePart", { name: entry.fileName })));
      }
      names.add(name);
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Inflates one entry; stops as soon as the budget is spent. */
function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > budget) return stream.destroy(new RangeError("inflated past the limit"));
        chunks.push(chunk);
      });
      stream.on("error", reject);
      stream.on("end", () => resolve(Buffer.concat(chunks, size)));
    });
  });
}

/** A new archive of exactly these entries, stored uncompressed: its reader has nothing left to guess or inflate. */
function rebuild(parts: Map<string, Buffer>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, data] of parts) archive.file(name, data, { binary: true, createFolders: false });
  return archive.generateAsync({ type: "uint8array", compression: "STORE" });
}

/**
 * Refuses a zip that is too big to unpack: first from its central directory (entry count, declared
 * sizes, compression ratio, duplicate names) without inflating anything, then by inflating it with a
 * hard cap, since declared sizes can lie. Returns the archive rebuilt from the entries it inflated:
 * hand readers these bytes, not the upload. Throws an IngestError with a message for the user.
 */
export async function safeZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Uint8Array> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (cause) {
    throw new IngestError("unreadable", "ingest.zipUnreadable", { cause });
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw refused("ingest.zipEntries", { count: zip.entryCount, limit: limits.maxEntries });
    }
    const entries = await entriesOf(zip, limits);
    const parts = new Map<string, Buffer>();
    let budget = limits.maxTotalBytes;
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      const data = await inflate(zip, entry, budget);
      budget -= data.length;
      parts.set(entry.fileName, data);
    }
    return await rebuild(parts);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    // yauzl reports a size that lies ("too many bytes in the stream") and our cap the same way.
    if (error instanceof RangeError || /too many bytes|too few bytes/i.test(String((error as Error)?.message))) {
      throw refused("ingest.zipOverflow", { limit: formatSize(limits.maxTotalBytes) });
    }
    throw new IngestError("unreadable", "ingest.zipUnreadable", { cause: error });
  } finally {
    zip.close();
  }
}
