import { NextResponse } from "next/server";
import { currentSessionState } from "@/lib/auth/session";
import { expireSessionCookies } from "@/lib/auth/session-cookie";

// A revoked session (deactivated user, changed password) lands here: only a route handler can clear the cookie.
// A GET changes nothing while the session is live, so a link or an image on another site signs nobody out.
export async function GET(request: Request) {
  if ((await currentSessionState()).kind === "user") return NextResponse.redirect(new URL("/bulletins", request.url));
  return expireSessionCookies(NextResponse.redirect(new URL("/signin?notice=ended", request.url)));
}
