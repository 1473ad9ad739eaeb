import { NextResponse } from "next/server";
import { logError } from "@/lib/server/log";
import { ZodError } from "zod";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { inRequestLanguage } from "@/lib/i18n/error-locale";
import { fieldErrorsOf } from "@/lib/validations/field-errors";

/** The one error shape of every route handler: `{ error: { code, message, fields? } }`. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      // The issues' own messages say what is valid (e.g. the list of export formats).
      { error: { code: "bad_request", message: `The request is not valid: ${error.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; ")}`, fields: fieldErrorsOf(error) } },
      { status: 400 },
    );
  }
  logError("request failed", error);
  return NextResponse.json({ error: { code: "internal", message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}

/** Runs a route handler body and answers any error in the one shape. */
export function route<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(await inRequestLanguage(error));
    }
  };
}

/**
 * Reads a JSON body; a body that is not JSON is a 400, not a crash. The content type must say JSON:
 * a cross-site form can send text/plain, never application/json.
 */
export async function jsonBody(request: Request): Promise<unknown> {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("bad_request", "Send the body as JSON (Content-Type: application/json).");
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request", "The request body must be JSON.");
  }
}
