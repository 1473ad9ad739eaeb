import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { isAcceptableCallback } from "@/lib/auth/callback-url";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_S, newDeviceCookie } from "@/lib/auth/device";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestOrigin } from "@/lib/http/origin";
import { clientAddress } from "@/lib/http/client-ip";
import { enforce } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/response";

type Context = { params: Promise<{ nextauth: string[] }> };

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function badCallback(): AppError {
  return new AppError("bad_request", { en: "The callback URL must be a page of this site.", zh: "回调地址必须是本站的页面。" });
}

/**
 * next-auth behind our own checks: a per-client limit, a callback URL that stays on this site
 * (next-auth answers 500 to one it cannot parse), and the known-device cookie after a sign-in.
 * The options are built per request so the secret is read only when the server runs, not at build time.
 */
const handler = route(async (request: Request, context: Context) => {
  await enforce(db, "auth", clientAddress(request.headers));
  const url = new URL(request.url);
  const base = requestOrigin(request.headers, env().NEXTAUTH_URL, url.host);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isAcceptableCallback(callbackUrl, base)) throw badCallback();
  const forwarded = withoutBadCallbackCookie(request, base);
  const isSignIn = request.method === "POST" && url.pathname.endsWith("/callback/credentials");
  const email = isSignIn ? String((await forwarded.clone().formData().catch(() => new FormData())).get("email") ?? "").trim().toLowerCase() : "";
  const response = await NextAuth(authOptions())(forwarded, context);
  if (isSignIn && email && signedIn(response)) {
    const secure = base.startsWith("https://");
    response.headers.append(
      "set-cookie",
      `${DEVICE_COOKIE}=${newDeviceCookie(email)}; Path=/api/auth; Max-Age=${DEVICE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return response;
});

/** A callback-url cookie next-auth would refuse (with a 500) is dropped instead. */
function withoutBadCallbackCookie(request: Request, base: string): Request {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const kept = cookie.split(";").filter((part) => {
    const [name, ...value] = part.trim().split("=");
    if (!CALLBACK_COOKIES.includes(name)) return true;
    try {
      return isAcceptableCallback(decodeURIComponent(value.join("=")), base);
    } catch {
      return false;
    }
  });
  if (kept.length === cookie.split(";").length) return request;
  const headers = new Headers(request.headers);
  headers.set("cookie", kept.join(";"));
  // next-auth reads `nextUrl`, which only a NextRequest has.
  return new NextRequest(request, { headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

function signedIn(response: Response): boolean {
  return response.headers.getSetCookie().some((c) => /^(__Secure-)?next-auth\.session-token=[^;]+/.test(c));
}

export { handler as GET, handler as POST };
