import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
    ["a folder without text files", (() => { const empty = path.join(dir, "no-text"); mkdirSync(empty, { recursive: true }); writeFileSync(path.join(empty, "scan.pdf"), "%PDF"); return empty; })(), /no text files/],
  ])("rejects %s with one line and a non-zero exit", (_, p, message) => {
    const r = claimdesk(["extract", p]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes JSON Lines for several files, one document per file, in one process", () => {
    const zh = file("a.txt", "我们向埃及、肯尼亚共2个国家派出3支医疗队。");
    const en = file("b.md", "GENEVA, 3 May 2024 — The agency opened five offices: Lima, Accra, Nairobi, Dhaka and Manila.");
    const r = claimdesk(["extract", zh, en]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([zh, en]);
    expect(lines[1].claims[0].statement).toBe("The agency opened five offices: Lima, Accra, Nairobi, Dhaka and Manila.");
    expect(lines[1].claims[0].checks[0]).toMatchObject({ stated: 5, listed: 5, ok: true });
    for (const doc of lines) for (const c of doc.claims) expect(doc.cleanText.slice(c.start, c.end)).toBe(c.text);
  });

  it("reads a folder's text files recursively, and keeps going past a file it cannot read", () => {
    const folder = path.join(dir, "folder");
    mkdirSync(path.join(folder, "nested"), { recursive: true });
    writeFileSync(path.join(folder, "one.txt"), "全年新建学校12所。");
    writeFileSync(path.join(folder, "nested", "two.txt"), "Hospitals treated 4,500 new cases in April.");
    writeFileSync(path.join(folder, "bad.txt"), Buffer.from([0xc4, 0xe3, 0xba]));
    writeFileSync(path.join(folder, "notes.pdf"), "not text");
    const r = claimdesk(["extract", folder]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => path.relative(folder, l.file))).toEqual(["bad.txt", path.join("nested", "two.txt"), "one.txt"]);
    expect(lines[0].error).toMatch(/not valid UTF-8/);
    expect(lines[1].claims[0].figures[0]).toMatchObject({ value: 4500, unit: "cases" });
    expect(lines[2].claims[0].figures[0]).toMatchObject({ value: 12, unit: "所" });
    expect(r.stderr).toMatch(/1 of 3 files could not be read/);
  });

  it("writes one JSON line for one file with --jsonl", () => {
    const r = claimdesk(["extract", fixture, "--jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout).file).toBe(fixture);
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
