import { NextResponse } from "next/server";

// A revoked session (deactivated user, changed password) lands here: only a route handler can clear the cookie.
export function GET(request: Request) {
  const response = NextResponse.redirect(new URL("/signin?notice=ended", request.url));
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure") });
  }
  return response;
}
