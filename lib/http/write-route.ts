import { requireApiUser, type CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/pick-locale";
import { requestKey } from "@/lib/validations/request-key";
import { firstIssueKey } from "@/lib/validations/field-errors";
import { mutationRefusal } from "./csrf";
import { servedOrigin } from "./origin";
import { errorResponse, jsonBody, refusalResponse } from "./response";

/** The caller's language from the request alone: the user's setting when known, else the locale cookie, else Accept-Language. */
export function localeOf(request: Request, user?: { locale: string | null } | null): Locale {
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = request.headers.get("cookie")?.split(/;\s*/).find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1);
  return pickLocale(cookie, request.headers.get("accept-language"));
}

export type WriteCall<P> = { request: Request; user: CurrentUser; body: Record<string, unknown>; params: P; key: string | undefined };

/**
 * The request key of a create (see lib/idempotency): the Idempotency-Key header, else the body's
 * requestKey; both must look like a key.
 */
function keyOf(request: Request, body: Record<string, unknown>): string | undefined {
  const sent = request.headers.get("idempotency-key") ?? body.requestKey;
  const parsed = requestKey.safeParse(sent ?? undefined);
  if (!parsed.success) throw new AppError("bad_request", firstIssueKey(parsed.error), { requestKey: [firstIssueKey(parsed.error)] });
  return parsed.data;
}

/**
 * Wraps an /api/v1 route that changes something: a cross-site request is refused (403, as the
 * proxy refuses other mutations), a token needs the `write` scope (403), the body
 * must be a JSON object (415 for another content type, 400 otherwise), and every error is answered
 * in the one shape in the caller's language.
 */
export function writeRoute<P = Record<string, never>>(handler: (call: WriteCall<P>) => Promise<Response>) {
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    // The proxy does not run for /api/v1 (its cost was a third of a poll's): a cross-site
    // mutation is refused here, before anything reads the session.
    const refusal = mutationRefusal({ method: request.method, headers: request.headers, served: servedOrigin(request.headers, new URL(request.url).host) });
    if (refusal) return refusalResponse(refusal, localeOf(request));
    let user: CurrentUser | null = null;
    try {
      user = await requireApiUser("write", request);
      const body = await jsonBody(request);
      if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("bad_request", "jsonBody");
      const record = body as Record<string, unknown>;
      return await handler({ request, user, body: record, params: (await context?.params) ?? ({} as P), key: keyOf(request, record) });
    } catch (error) {
      return errorResponse(error, localeOf(request, user));
    }
  };
}
