import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id", async () => {
    const hashed = await hashPassword("correct horse battery");
    expect(hashed.startsWith("$argon2id$")).toBe(true);
    expect(hashed).not.toContain("correct horse battery");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hashed = await hashPassword("correct horse battery");
    expect(await verifyPassword(hashed, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hashed, "correct horse batterY")).toBe(false);
    expect(await verifyPassword(hashed, "")).toBe(false);
  });

  it("answers false, not a throw, for a hash that is not a hash", async () => {
    await expect(verifyPassword("not-a-hash", "anything")).resolves.toBe(false);
    await expect(verifyPassword("", "anything")).resolves.toBe(false);
    await expect(verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$broken", "anything")).resolves.toBe(false);
  });

  it("salts: two hashes of one password differ and both verify", async () => {
    const a = await hashPassword("same password here");
    const b = await hashPassword("same password here");
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "same password here")).toBe(true);
    expect(await verifyPassword(b, "same password here")).toBe(true);
  });

  it("keeps one dummy hash for timing, which no ordinary password matches", async () => {
    const dummy = await dummyPasswordHash();
    expect(dummy.startsWith("$argon2id$")).toBe(true);
    expect(await dummyPasswordHash()).toBe(dummy);
    expect(await verifyPassword(dummy, "")).toBe(false);
  });
});
