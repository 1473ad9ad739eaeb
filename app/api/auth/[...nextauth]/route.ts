import { NextResponse } from "next/server";
import NextAuth from "next-auth";
import { isAcceptableCallback } from "@/lib/auth/callback-url";
import { currentSessionState } from "@/lib/auth/session";
import { expireSessionCookies } from "@/lib/auth/session-cookie";
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

function badCallback(): AppError {
  return new AppError("bad_request", "callbackOutside");
}

/**
 * next-auth behind our own checks: a per-client limit, a callback URL that stays on this site
 * (next-auth answers 500 to one it cannot parse; proxy.ts drops such a cookie), and the known-device cookie after a sign-in.
 * The options are built per request so the secret is read only when the server runs, not at build time.
 */
const handler = route(async (request: Request, context: Context) => {
  await enforce(db, "auth", clientAddress(request.headers));
  const url = new URL(request.url);
  const base = requestOrigin(request.headers, env().NEXTAUTH_URL, url.host);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isAcceptableCallback(callbackUrl, base)) throw badCallback();
  // next-auth would answer a revoked session's claims and re-issue its cookie: no session, and the cookie expired.
  if (url.pathname.endsWith("/session") && (await currentSessionState()).kind === "ended") {
    return expireSessionCookies(NextResponse.json({}, { headers: { "cache-control": "no-store" } }));
  }
  const isSignIn = request.method === "POST" && url.pathname.endsWith("/callback/credentials");
  const email = isSignIn ? String((await request.clone().formData().catch(() => new FormData())).get("email") ?? "").trim().toLowerCase() : "";
  const response = await NextAuth(authOptions())(request, context);
  if (isSignIn && email && signedIn(response)) {
    const secure = base.startsWith("https://");
    response.headers.append(
      "set-cookie",
      `${DEVICE_COOKIE}=${newDeviceCookie(email)}; Path=/api/auth; Max-Age=${DEVICE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`,
    );
  }
  return response;
});

function signedIn(response: Response): boolean {
  return response.headers.getSetCookie().some((c) => /^(__Secure-)?next-auth\.session-token=[^;]+/.test(c));
}

export { handler as GET, handler as POST };
