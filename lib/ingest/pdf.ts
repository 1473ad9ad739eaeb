import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { message } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";

export interface PdfDocument {
  /** Pages in order, separated by a form feed (\f), the plain-text page break the engine understands. */
  text: string;
  pages: number;
}

export type PdfLimits = {
  /** Memory of the reading process (heap and the buffers pdf.js inflates streams into), in MiB. */
  memoryMb: number;
  timeoutMs: number;
  /** Characters of text in the whole document. */
  maxChars: number;
};

export const DEFAULT_PDF_LIMITS: PdfLimits = { memoryMb: 256, timeoutMs: 120_000, maxChars: 2_000_000 };

/** pdf.js's packed CMaps: without them, older Chinese PDFs using predefined CMaps come out empty. */
function cMapUrl(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps") + path.sep;
  } catch {
    // Bundlers may hide require.resolve; the app always runs from the project root.
    return path.join(process.cwd(), "node_modules", "pdfjs-dist", "cmaps") + path.sep;
  }
}

function readerScript(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), "pdf-reader.mjs");
  // In the built app this module lives in a bundle; the app always runs from the project root.
  return existsSync(beside) ? beside : path.join(process.cwd(), "lib", "ingest", "pdf-reader.mjs");
}

function unreadable(cause: { name?: string }): IngestError {
  const key = cause.name === "PasswordException" ? "ingest.pdfPassword" : cause.name === "InvalidPDFException" ? "ingest.pdfDamaged" : "ingest.pdfUnreadable";
  return new IngestError("unreadable", key, { cause });
}

const tooBig = (cause?: unknown) =>
  new IngestError(
    "too_large",
    "ingest.pdfMemory",
    { cause },
  );

const tooSlow = (ms: number) =>
  new IngestError(
    "too_large",
    message("ingest.pdfSlow", { seconds: Math.ceil(ms / 1000) }),
    { cause: new Error(`the PDF reader took more than ${ms} ms`) },
  );

type ReaderAnswer = { text: string[]; pages: number } | { error: { name: string; message: string } };

/**
 * pdf.js runs in a child process under an operating-system limit on its data memory (`ulimit -d`),
 * with a timeout: it inflates content streams into buffers outside the JavaScript heap, which neither
 * a heap limit nor a worker's resourceLimits bound, so a 200 KB file could take gigabytes here.
 */
function runReader(bytes: Uint8Array, limits: PdfLimits): Promise<ReaderAnswer> {
  return new Promise((resolve, reject) => {
    const args = [String(limits.memoryMb * 1024), process.execPath, `--max-old-space-size=${Math.floor(limits.memoryMb / 2)}`, readerScript(), cMapUrl(), String(limits.maxChars)];
    const child = spawn("/bin/sh", ["-c", 'ulimit -d "$1" && shift && exec "$@"', "sh", ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limits.maxChars * 4 + 1024 * 1024) return child.kill("SIGKILL");
      out.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(tooSlow(limits.timeoutMs));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as ReaderAnswer);
      } catch {
        // Killed by the memory limit (V8 aborts or faults when an allocation fails) or by the output cap.
        reject(tooBig(new Error(`the PDF reader ended with ${signal ?? `exit code ${code}`}: ${stderr.trim()}`)));
      }
    });
    // The reader may die (memory limit) before it has read everything.
    child.stdin.on("error", () => undefined);
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

/** Text of every page in order; pdf.js marks line ends, and they are kept as they are. */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfDocument> {
  const answer = await runReader(bytes, limits);
  if ("error" in answer) {
    if (answer.error.name === "TooMuchText") {
      throw new IngestError("too_large", message("ingest.pdfTooMuchText", { max: limits.maxChars }));
    }
    throw unreadable(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
  }
  return { text: answer.text.join("\f"), pages: answer.pages };
}
