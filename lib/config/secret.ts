import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

let cached: string | undefined;

/** The auth secret: NEXTAUTH_SECRET, else one generated on first start and kept under the data folder. */
export function authSecret(): string {
  if (cached) return cached;
  const { NEXTAUTH_SECRET, DATA_DIR } = env();
  if (NEXTAUTH_SECRET) return (cached = NEXTAUTH_SECRET);
  const file = path.resolve(DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx" fails if another process created it first; then read theirs.
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch {}
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
