import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// LOG_FORMAT=json: one JSON object a line, each carrying the request id of its request.
const script = `
import { logError, logInfo, logRequest, withRequest } from "${path.resolve("lib/server/log.ts")}";
withRequest("req-123", () => { logInfo("imported", { claims: 3 }); logError("request failed", new Error("disk on fire")); });
logRequest({ method: "GET", path: "/bulletins", status: 200, ms: 12.4, requestId: "req-123" });
`;

const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-log-"));
const file = path.join(dir, "log-lines.ts");
writeFileSync(file, script);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(format: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", file], {
    cwd: process.cwd(), env: { ...process.env, LOG_FORMAT: format }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("server logs", () => {
  it("are JSON lines with the request id when LOG_FORMAT=json", () => {
    const lines = run("json").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ level: 30, msg: "imported", reqId: "req-123", claims: 3 });
    expect(lines[1]).toMatchObject({ level: 50, msg: "request failed", reqId: "req-123", err: { message: "disk on fire" } });
    expect(lines[2]).toMatchObject({ msg: "request", reqId: "req-123", method: "GET", path: "/bulletins", status: 200, ms: 12 });
    for (const line of lines) expect(typeof line.time).toBe("string");
  });

  it("are short text lines otherwise, without a line per request", () => {
    const out = run("text");
    expect(out).toContain('imported {"claims":3}');
    expect(out).not.toContain("request");
  });
});
