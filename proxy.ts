import { NextResponse, type NextRequest } from "next/server";
import { actionBodyRefusal, mutationRefusal, type Refusal } from "@/lib/http/csrf";
import { isLocale, translate, type Locale } from "@/lib/i18n/catalogue";
import { browserLocale, LOCALE_COOKIE } from "@/lib/i18n/browser-locale";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// Runs before every route: refuses cross-site and malformed mutations with the standard error
// shape, and gives each response a per-request CSP nonce (pages are all rendered per request).
// Permissions are not checked here: every action, route and page does that itself.

// The proxy reads no session: the language remembered in this browser, else the browser's.
function language(request: NextRequest): Locale {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : browserLocale(request.headers.get("accept-language"));
}

function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  return NextResponse.json({ error: { code: refusal.code, key: refusal.message, message: translate(language(request), refusal.message) } }, { status: refusal.status, headers: { "cache-control": "no-store" } });
}

function isHttps(request: NextRequest): boolean {
  if (request.nextUrl.protocol === "https:" || process.env.NEXTAUTH_URL?.startsWith("https://")) return true;
  // A proxy in front terminates TLS; its header is believed only when TRUSTED_PROXY says there is one.
  return Number(process.env.TRUSTED_PROXY ?? 0) > 0 && request.headers.get("x-forwarded-proto") === "https";
}

export async function proxy(request: NextRequest) {
  const refusal = mutationRefusal(request);
  if (refusal) return refuse(request, refusal);
  if (request.headers.has("next-action") && /^text\/plain/i.test(request.headers.get("content-type") ?? "")) {
    const bodyRefusal = actionBodyRefusal(await request.clone().text());
    if (bodyRefusal) return refuse(request, bodyRefusal);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (isHttps(request)) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
