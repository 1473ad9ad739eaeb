import type { NextResponse } from "next/server";
import { env } from "@/lib/config/env";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Secure cookies whenever the app is served over HTTPS (next-auth's useSecureCookies). */
export const secureCookies = () => env().NEXTAUTH_URL?.startsWith("https://") ?? false;

/** The session cookie's name as next-auth sets it: __Secure- prefixed over HTTPS. */
export const sessionCookieName = () => SESSION_COOKIES[secureCookies() ? 1 : 0];

/** Expires the session cookie in the browser (its Session row is already revoked, expired or idle). */
export function expireSessionCookies(response: NextResponse): NextResponse {
  for (const name of SESSION_COOKIES) {
    response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure") });
  }
  return response;
}
