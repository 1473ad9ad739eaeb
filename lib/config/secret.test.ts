import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// authSecret() and env() cache at module level, so each test imports fresh copies.
async function freshAuthSecret() {
  vi.resetModules();
  return (await import("./secret")).authSecret;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "claimdesk-secret-"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe("authSecret", () => {
  it("uses NEXTAUTH_SECRET when it is set, writing no file", async () => {
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    expect((await freshAuthSecret())()).toBe("x".repeat(40));
    expect(existsSync(path.join(dir, "auth-secret"))).toBe(false);
  });

  it("otherwise generates one under DATA_DIR, readable only by its owner, and keeps it across restarts", async () => {
    const dataDir = path.join(dir, "nested", "data");
    vi.stubEnv("DATA_DIR", dataDir);
    vi.stubEnv("NEXTAUTH_SECRET", "");

    const first = (await freshAuthSecret())();
    const file = path.join(dataDir, "auth-secret");
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    expect((await freshAuthSecret())()).toBe(first);
  });

  it("reads a secret file another process already wrote", async () => {
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("NEXTAUTH_SECRET", "");
    writeFileSync(path.join(dir, "auth-secret"), "theirs-0123456789\n");
    expect((await freshAuthSecret())()).toBe("theirs-0123456789");
  });
});
