import { NextResponse, type NextRequest } from "next/server";
import { withoutBadCallbackCookie } from "@/lib/auth/callback-cookie";
import { actionBodyRefusal } from "@/lib/http/action-body";
import { mutationRefusal, type Refusal } from "@/lib/http/csrf";
import { isKnownAction } from "@/lib/http/known-actions";
import { requestOrigin, servedOrigin } from "@/lib/http/origin";
import { refusalResponse } from "@/lib/http/response";
import { type Locale } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/pick-locale";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// Runs before every route but the JSON API: refuses cross-site and malformed mutations with the
// standard error shape, and gives each response a per-request CSP nonce (pages are all rendered
// per request). Permissions are not checked here: every action, route and page does that itself.
// /api/v1 renders no page and never reaches next-auth, and running the proxy cost a third of a
// change poll: its mutations are refused cross-site by writeRoute, its answers get a fixed policy
// (next.config.js).

// The proxy reads no session: the language remembered in this browser, else the browser's.
function language(request: NextRequest): Locale {
  return pickLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
}

const UNKNOWN_ACTION: Refusal = {
  status: 404,
  code: "not_found",
  message: "request.unknownAction",
};

function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  return refusalResponse(refusal, language(request));
}

export async function proxy(request: NextRequest) {
  // Our own server speaks plain HTTP: https comes from NEXTAUTH_URL or a trusted proxy's header, never
  // from the client's (request.nextUrl.protocol is built from X-Forwarded-Proto, whoever sent it).
  const served = servedOrigin(request.headers, request.nextUrl.host);
  const refusal = mutationRefusal({ method: request.method, headers: request.headers, served });
  if (refusal) return refuse(request, refusal);
  const action = request.headers.get("next-action");
  if (action !== null) {
    if (!isKnownAction(action)) return refuse(request, UNKNOWN_ACTION);
    const bodyRefusal = await actionBodyRefusal(request.clone());
    if (bodyRefusal) return refuse(request, bodyRefusal);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  // next-auth answers 500 to every page and sign-in while a callback cookie it cannot follow is set:
  // such a cookie is dropped here, for every route at once, and expired in the browser.
  const cleaned = withoutBadCallbackCookie(request.headers.get("cookie"), requestOrigin(request.headers, process.env.NEXTAUTH_URL, request.nextUrl.host));
  if (cleaned) headers.set("cookie", cleaned.cookie);
  const response = NextResponse.next({ request: { headers } });
  for (const name of cleaned?.dropped ?? []) response.cookies.set({ name, value: "", path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  response.headers.set("content-security-policy", csp);
  if (served.startsWith("https://")) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/v1/).*)" }],
};
