import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isKnownAction } from "./known-actions";

describe("isKnownAction", () => {
  it("knows the ids in the build's manifest and no other", () => {
    const manifest = path.join(mkdtempSync(path.join(tmpdir(), "claimdesk-manifest-")), "server-reference-manifest.json");
    writeFileSync(manifest, JSON.stringify({ node: { "40abc": { exportedName: "a" } }, edge: {} }));
    expect(isKnownAction("40abc", manifest)).toBe(true);
    expect(isKnownAction("00".repeat(21), manifest)).toBe(false);
  });
});
