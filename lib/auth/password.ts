import { hash, verify } from "@node-rs/argon2";

// The library's default algorithm is argon2id (its `Algorithm` const enum cannot be imported under
// isolatedModules; the test asserts the $argon2id$ prefix). OWASP's baseline: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, options);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a sign-in for an unknown email like a known one.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("claimdesk-timing-equaliser");
  return dummyHash;
}
