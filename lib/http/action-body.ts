import type { Refusal } from "./csrf";

// What a server action's body may hold, checked before Next decodes it: the argument list in the
// encoding React's encodeReply writes for our actions (plain JSON, FormData and files in multipart),
// so a body Next cannot decode is a 400 here instead of a server error there. Written by hand:
// no library validates React's reply encoding.

/** Next's server-action limit (next.config.js); bodies above it are refused before they are decoded. */
export const MAX_ACTION_BODY_BYTES = 25 * 1024 * 1024;
const MAX_DEPTH = 64;

const malformed: Refusal = { status: 400, code: "bad_request", message: "request.notAppForm" };
// Next's multipart parser fails on these with a server error; the user gets the reader's own message.
const badFileName: Refusal = { status: 400, code: "bad_request", message: "ingest.badFileName" };
const tooLarge: Refusal = { status: 413, code: "too_large", message: "request.tooLarge" };

type Parts = FormData | null;

/** Values without a part of their own: escaped strings, undefined, dates, the numbers JSON lacks, temporary references. */
const SELF_CONTAINED = /^\$(?:\$|undefined|T|NaN|Infinity|-Infinity|-0)/;

class Checker {
  private readonly checkedParts = new Set<number>();
  constructor(private readonly root: unknown, private readonly parts: Parts) {}

  ok(value: unknown, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    if (typeof value === "string") return !value.startsWith("$") || this.reference(value);
    if (Array.isArray(value)) return value.every((item) => this.ok(item, depth + 1));
    if (value && typeof value === "object") return Object.values(value).every((item) => this.ok(item, depth + 1));
    return true;
  }

  private reference(value: string): boolean {
    if (SELF_CONTAINED.test(value)) return true;
    if (value.startsWith("$D")) return !Number.isNaN(Date.parse(value.slice(2)));
    // FormData (its fields are parts of their own, "_<id>_name") and files: multipart only.
    if (/^\$K[0-9a-f]{1,8}$/.test(value)) return this.parts !== null;
    const blob = /^\$B([0-9a-f]{1,8})$/.exec(value);
    if (blob) return this.parts?.get(String(parseInt(blob[1], 16))) instanceof Blob;
    // An outlined or repeated value: "$<part>" or "$<part>:<path>" into a part that exists.
    const outlined = /^\$([0-9a-f]{1,8})((?::[^:]*)*)$/.exec(value);
    if (outlined) return this.path(parseInt(outlined[1], 16), outlined[2].split(":").slice(1));
    return false;
  }

  private path(id: number, keys: string[]): boolean {
    let target = id === 0 ? this.root : this.part(id);
    for (const key of keys) {
      if (!target || typeof target !== "object" || !Object.hasOwn(target, key)) return false;
      target = (target as Record<string, unknown>)[key];
    }
    return target !== undefined;
  }

  private part(id: number): unknown {
    const text = this.parts?.get(String(id));
    if (typeof text !== "string") return undefined;
    try {
      const value: unknown = JSON.parse(text);
      if (this.checkedParts.has(id)) return value;
      this.checkedParts.add(id);
      return this.ok(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }
}

// Next refuses a longer argument list ("Server Action arguments list is too long") with a 500.
const MAX_ARGUMENTS = 1_000;

/** The argument list of a reply, or null: the root must be a JSON array, every reference sound. */
function argumentsAreSound(rootText: string, parts: Parts): boolean {
  // A byte-order mark is no JSON whitespace: Next's parser fails on it, so it is refused here too.
  if (rootText.startsWith("\uFEFF")) return false;
  let root: unknown;
  try {
    root = JSON.parse(rootText);
  } catch {
    return false;
  }
  return Array.isArray(root) && root.length <= MAX_ARGUMENTS && new Checker(root, parts).ok(root);
}

// Field 0 (the argument list, never a file) starting with a UTF-8 byte-order mark. The platform's
// form parser drops the mark, Next's keeps it and fails, so it is looked for in the raw bytes.
const FIELD_0_WITH_BOM = /name="0"(?![^\r\n]*filename=)[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n\xEF\xBB\xBF/i;

/**
 * The body, or null past the limit, counted as it streams: a chunked body has no Content-Length to
 * check first. Read to its end either way (Next hands the proxy at most its proxyClientMaxBodySize).
 */
async function readCapped(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!request.body) return new Uint8Array();
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size <= MAX_ACTION_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_ACTION_BODY_BYTES ? null : new Uint8Array(Buffer.concat(chunks));
}

/** Refuses a server-action request whose body Next could not decode as an argument list, or one over the limit. */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  const bytes = await readCapped(request);
  if (!bytes) return tooLarge;
  const type = request.headers.get("content-type") ?? "";
  // ignoreBOM: the mark stays in the text, as Next's decoder keeps it.
  if (/^text\/plain/i.test(type)) return argumentsAreSound(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), null) ? null : malformed;
  if (FIELD_0_WITH_BOM.test(Buffer.from(bytes).toString("latin1"))) return malformed;
  let parts: FormData;
  try {
    parts = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    return malformed;
  }
  for (const value of parts.values()) if (value instanceof File && /[\u0000-\u001f\u007f]/.test(value.name)) return badFileName;
  const root = parts.get("0");
  return typeof root === "string" && argumentsAreSound(root, parts) ? null : malformed;
}
