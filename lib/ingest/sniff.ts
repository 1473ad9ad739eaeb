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

const DESCRIPTION: Record<Kind, { en: string; zh: string }> = {
  pdf: { en: "a PDF document", zh: "PDF 文档" },
  zip: { en: "a ZIP archive (such as a .docx)", zh: "ZIP 压缩包（如 .docx）" },
  ole: { en: "an old Microsoft Office file (.doc, .xls) or a password-protected Office file", zh: "旧版 Microsoft Office 文件（.doc、.xls）或受密码保护的 Office 文件" },
  png: { en: "a PNG image", zh: "PNG 图片" },
  jpeg: { en: "a JPEG image", zh: "JPEG 图片" },
  gif: { en: "a GIF image", zh: "GIF 图片" },
  exe: { en: "a Windows program", zh: "Windows 程序" },
  gzip: { en: "a compressed archive", zh: "压缩包" },
  rtf: { en: "an RTF document", zh: "RTF 文档" },
};

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
  const named = extension ? `named “${extension}”` : `sent as ${format}`;
  const namedZh = extension ? `扩展名为“${extension}”` : `以 ${format} 格式发送`;
  if (kind === expected) return;
  if (format === "docx" && kind === "ole") {
    throw new IngestError(
      "unreadable",
      {
        en: "This looks like an old Word .doc file or a password-protected .docx. Open it in Word, save it as .docx without a password, and import it again.",
        zh: "这似乎是旧版 Word .doc 文件或受密码保护的 .docx。请在 Word 中打开，不设密码另存为 .docx 后重新导入。",
      },
    );
  }
  if (kind) {
    throw new IngestError(
      "unsupported_type",
      {
        en: `This file is ${named} but contains ${DESCRIPTION[kind].en}. Check that you picked the right file, or give it the right extension.`,
        zh: `该文件${namedZh}，但内容是${DESCRIPTION[kind].zh}。请确认选择了正确的文件，或为其使用正确的扩展名。`,
      },
    );
  }
  if (expected) {
    const what = format === "pdf" ? { en: "a PDF", zh: "PDF" } : { en: "a Word (.docx) document", zh: "Word（.docx）文档" };
    throw new IngestError("unreadable", {
      en: `This file is ${named} but is not ${what.en}; it may be damaged or renamed.`,
      zh: `该文件${namedZh}，但并不是${what.zh}，可能已损坏或被改名。`,
    });
  }
}
