import type { NextAuthOptions } from "next-auth";
import { logError } from "@/lib/server/log";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/config/secret";
import { AppError } from "@/lib/errors";
import { message } from "@/lib/i18n/catalogue";
import { signInSchema } from "@/lib/validations/user";
import { safeRedirect } from "./callback-url";
import { revokeSession, SESSION_MAX_AGE_S } from "./sessions";
import { clientAddress } from "@/lib/http/client-ip";
import { DEVICE_COOKIE, knownDeviceId } from "./device";
import { secureCookies } from "./session-cookie";
import { authenticate } from "./sign-in";

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    // Secure cookies whenever the app is served over HTTPS; next-auth keeps them httpOnly and SameSite=Lax.
    useSecureCookies: secureCookies(),
    pages: { signIn: "/signin", error: "/signin" },
    // A session cookie that does not decrypt is a client's garbage (or an old secret's), answered as
    // signed out: not a server error with a stack on every request. Other errors are logged as such.
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") return;
        logError(`next-auth: ${code}`, metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error ?? metadata);
      },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) {
            const tooLong = parsed.error.issues.some((issue) => issue.code === "too_big");
            throw new Error(JSON.stringify(message(tooLong ? "badCredentials" : "signIn.enterBoth")));
          }
          const headers = new Headers(req?.headers as HeadersInit | undefined);
          const device = cookieValue(headers.get("cookie"), DEVICE_COOKIE);
          const from = { ip: clientAddress(headers), deviceId: knownDeviceId(device, parsed.data.email) };
          try {
            return await authenticate(db, parsed.data.email, parsed.data.password, new Date(), from);
          } catch (error) {
            // next-auth passes a thrown message to the sign-in form as its `error`: the code and
            // parameters, which the form renders in the reader's language.
            if (error instanceof AppError) throw new Error(JSON.stringify(error.msg));
            logError("sign-in failed", error);
            throw new Error(JSON.stringify(message("generic")));
          }
        },
      }),
    ],
    callbacks: {
      // The token names the user and a Session row; role, active state and the session's own state
      // (revoked, idle, expired) are read from the database on every request (lib/auth/session.ts).
      async jwt({ token, user }) {
        // authorize() started the session (lib/auth/sign-in.ts), atomically with its password check.
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { id: token.sub, sid: token.sid } } as typeof session;
      },
      // Every redirect next-auth makes (after sign-in, after sign-out) stays on this site.
      redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
    },
    events: {
      // Sign-out ends the session on the server, so a copied cookie is worthless from then on.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(db, token.sid);
      },
    },
  };
}
