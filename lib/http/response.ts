import { NextResponse } from "next/server";
import { logError } from "@/lib/server/log";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { IngestError } from "@/lib/ingest/errors";
import { translate, type Locale } from "@/lib/i18n/catalogue";
import { requestLocale } from "@/lib/i18n/locale";
import { fieldErrorsOf } from "@/lib/validations/field-errors";
import { keyOf } from "@/lib/errors";
import { MAX_BODY_BYTES, type Refusal } from "./csrf";

/** The one error shape of every route handler: `{ error: { code, message, fields? } }`, in the reader's language. */
export function errorResponse(error: unknown, locale: Locale = "en"): NextResponse {
  // A file that cannot be read is the caller's input, answered like any other bad input.
  if (error instanceof IngestError) error = new AppError(error.code === "too_large" ? "too_large" : "bad_request", error.msg);
  if (error instanceof AppError) {
    const fields = error.fieldErrorsIn(locale);
    return NextResponse.json(
      { error: { code: error.code, key: error.key, message: error.messageIn(locale), ...(fields ? { fields } : {}) } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    // The issues' own messages say what is valid (e.g. the list of export formats).
    const fields = fieldErrorsOf(error, locale, true);
    const details = Object.entries(fields).map(([path, list]) => `${path}: ${list.join(", ")}`).join("; ");
    return NextResponse.json({ error: { code: "bad_request", key: "requestInvalid", message: translate(locale, { key: "requestInvalid", params: { details } }), fields } }, { status: 400 });
  }
  logError("request failed", error);
  return NextResponse.json({ error: { code: "internal", key: "generic", message: translate(locale, "generic") } }, { status: 500 });
}

/** A request refused before anything ran (lib/http/csrf.ts), in the one error shape. */
export function refusalResponse(refusal: Refusal, locale: Locale): NextResponse {
  return NextResponse.json(
    { error: { code: refusal.code, key: keyOf(refusal.message), message: translate(locale, refusal.message) } },
    { status: refusal.status, headers: { "cache-control": "no-store" } },
  );
}

/** Runs a route handler body and answers any error in the one shape. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, await requestLocale());
    }
  };
}

/**
 * Reads a JSON body; a body that is not JSON is a 400, not a crash, and one larger than
 * MAX_BODY_BYTES a 413 as soon as it gets there (Next sets no limit on a route handler's body).
 * The content type must say JSON: a cross-site form can send text/plain, never application/json.
 */
export async function jsonBody(request: Request): Promise<unknown> {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "jsonContentType");
  }
  const text = await boundedText(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "jsonBody");
  }
}

async function boundedText(request: Request): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new AppError("too_large", "request.tooLarge");
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw new AppError("too_large", "request.tooLarge");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
