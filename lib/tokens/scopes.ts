import { z } from "zod";

// What a personal API token may do. `read` answers GET routes; `write` is needed by every route
// that changes something. A session (the browser) is not limited by scopes, only by the user's role.

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The choice on the token form: read only, or read and write. */
export const tokenAccessSchema = z.enum(["read", "write"], "validation.tokenAccess").default("read");

export function scopesFor(access: z.infer<typeof tokenAccessSchema>): TokenScope[] {
  return access === "write" ? ["read", "write"] : ["read"];
}

/** The stored, space-separated scopes; anything unknown is ignored, so it can never grant more. */
export function parseScopes(stored: string): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => stored.split(/\s+/).includes(scope));
}
