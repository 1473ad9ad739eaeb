import type { NextAuthOptions } from "next-auth";
import { logError } from "@/lib/server/log";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/config/env";
import { authSecret } from "@/lib/config/secret";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { signInSchema } from "@/lib/validations/user";
import { authenticate } from "./sign-in";

const SESSION_MAX_AGE = 12 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    // Secure cookies whenever the app is served over HTTPS; next-auth keeps them httpOnly and SameSite=Lax.
    useSecureCookies: env().NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error("Enter your email and password.");
          try {
            return await authenticate(db, parsed.data.email, parsed.data.password);
          } catch (error) {
            // next-auth passes a thrown message to the sign-in form as its `error`.
            if (error instanceof AppError) throw new Error(error.message);
            logError("sign-in failed", error);
            throw new Error(GENERIC_ERROR_MESSAGE);
          }
        },
      }),
    ],
    callbacks: {
      // The token carries the user id and when they signed in; role, active state and password
      // changes are checked against the database on every request.
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { id: token.sub, signedInAt: token.signedInAt } } as typeof session;
      },
    },
  };
}
