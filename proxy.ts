import { NextResponse, type NextRequest } from "next/server";
import { actionBodyRefusal, mutationRefusal, type Refusal } from "@/lib/http/csrf";
import { contentSecurityPolicy, HSTS, newNonce } from "@/lib/http/security-headers";

// Runs before every route: refuses cross-site and malformed mutations with the standard error
// shape, and gives each response a per-request CSP nonce (pages are all rendered per request).
// Permissions are not checked here: every action, route and page does that itself.

function language(request: NextRequest): "en" | "zh" {
  const chosen = request.cookies.get("claimdesk-locale")?.value;
  if (chosen === "en" || chosen === "zh") return chosen;
  return (request.headers.get("accept-language") ?? "").trim().toLowerCase().startsWith("en") ? "en" : "zh";
}

function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  return NextResponse.json({ error: { code: refusal.code, message: refusal.message[language(request)] } }, { status: refusal.status, headers: { "cache-control": "no-store" } });
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
