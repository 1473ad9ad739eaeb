import { createHash, randomBytes } from "node:crypto";

// Tokens are 32 random bytes; only their SHA-256 is stored (a slow hash is pointless for 256-bit secrets).

export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
