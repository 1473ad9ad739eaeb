import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "lib/engine/fixtures/bulletin-zh.txt");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-cli-"));

function claimdesk(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("claimdesk extract", () => {
  it("prints exactly one JSON document whose offsets slice the cleaned text", () => {
    const r = claimdesk(["extract", fixture, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["cleanText", "changes", "claims"]);
    expect(doc.changes[0]).toEqual({ kind: "page-number", original: "1、", replacement: "", at: 0 });
    for (const c of doc.claims) {
      expect(doc.cleanText.slice(c.start, c.end)).toBe(c.text);
      for (const f of c.figures) expect(doc.cleanText.slice(f.start, f.end)).toBe(f.text);
    }
    expect(doc.claims.some((c: { checks: { ok: boolean }[] }) => c.checks.some((k) => !k.ok))).toBe(true);
  });

  it("reads standard input with - and prints a readable summary", () => {
    const r = claimdesk(["extract", "-"], "我们向埃及、肯尼亚共2个国家派出3支医疗队。");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Claims: 1");
    expect(r.stdout).toContain("check ok: states 2, lists 2");
  });

  it.each([
    ["an empty file", file("empty.txt", ""), /is empty/],
    ["a binary file", file("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ["a file that is not UTF-8", file("gbk.txt", Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac])), /not valid UTF-8/],
    ["a missing file", path.join(dir, "missing.txt"), /no such file/],
    ["a folder", dir, /it is a directory/],
  ])("rejects %s with one line and a non-zero exit", (_, p, message) => {
    const r = claimdesk(["extract", p]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["a language it does not know", ["--language", "fr"], /--language must be zh or en/],
    ["--language without a value", ["--language"], /--language must be zh or en/],
    ["an unknown option", ["--jsno"], /unknown option --jsno/],
    ["a date in another form", ["--published-on", "8 May 2020"], /--published-on needs a date as YYYY-MM-DD/],
  ])("refuses %s with one line, exit 1 and nothing on standard output", (_, options, message) => {
    const r = claimdesk(["extract", fixture, ...options]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("prints usage for an unknown command", () => {
    const r = claimdesk(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage");
  });
});
