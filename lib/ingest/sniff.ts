import { message } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";
import type { IngestFormat } from "./formats";

type Kind = "pdf" | "zip" | "ole" | "png" | "jpeg" | "gif" | "exe" | "gzip" | "rtf";

const SIGNATURES: [Kind, number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["ole", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
  ["exe", [0x4d, 0x5a]],
  ["gzip", [0x1f, 0x8b]],
  ["rtf", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

// PDF readers accept the header anywhere in the first 1024 bytes, after junk some generators add.
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head; i++) if (startsWith(bytes, PDF_MAGIC, i)) return true;
  return false;
}

// "MZ…" and "GIF8…" are plausible openings of real text; the real binaries are caught by their NUL bytes.
const TEXT_LOOKALIKES = new Set<Kind>(["exe", "gif"]);

/** What the content really is, judged by its first bytes; undefined when it is none of the known kinds. */
export function sniff(bytes: Uint8Array, { textExpected = false } = {}): Kind | undefined {
  if (textExpected ? startsWith(bytes, PDF_MAGIC) : hasPdfHeader(bytes)) return "pdf";
  const kind = SIGNATURES.find(([, magic]) => startsWith(bytes, magic))?.[0];
  return kind && textExpected && TEXT_LOOKALIKES.has(kind) ? undefined : kind;
}

const EXPECTED: Partial<Record<IngestFormat, Kind>> = { pdf: "pdf", docx: "zip" };

/** Refuses a file whose content contradicts its extension, so it never turns into garbage text. */
export function checkContent(format: IngestFormat, extension: string, bytes: Uint8Array): void {
  const expected = EXPECTED[format];
  const kind = sniff(bytes, { textExpected: !expected });
  if (kind === expected) return;
  const named = { extension: extension || "none", format };
  if (format === "docx" && kind === "ole") throw new IngestError("unreadable", "ingest.oldDoc");
  if (kind) throw new IngestError("unsupported_type", message("ingest.wrongContent", { ...named, kind }));
  if (expected) throw new IngestError("unreadable", message("ingest.notWhatNamed", named));
}
