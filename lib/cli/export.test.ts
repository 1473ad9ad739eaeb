import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSampleWorkspace } from "@/lib/backup/sample-workspace";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-export-cli-"));

function claimdesk(databaseUrl: string, args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/cli/main.ts", ...args], {
    cwd: root, encoding: "utf8", timeout: 60_000, env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let t: TestDb;
let bulletinId: string;
beforeAll(async () => {
  t = await createTestDb();
  await buildSampleWorkspace(t.db);
  bulletinId = (await t.db.bulletin.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { createdAt: "asc" } })).id;
});
afterAll(async () => {
  await t?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("claimdesk export", () => {
  it("writes the CSV of a bulletin's claims to a file, parseable with Chinese text", () => {
    const out = path.join(dir, "report.csv");
    const r = claimdesk(t.url, ["export", bulletinId, "--format", "csv", "--scope", "all", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const claimsSection = text.slice(1).split(/\r\n\r\n/)[0];
    const rows = parse(claimsSection, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => /[\u4e00-\u9fff]/.test(Object.values(row).join("")))).toBe(true);
  });

  it("writes the workbook to a file, readable with its four sheets", async () => {
    const out = path.join(dir, "report.xlsx");
    const r = claimdesk(t.url, ["export", bulletinId, "--format", "xlsx", "--scope", "all", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(4);
    expect(book.worksheets[0].rowCount).toBeGreaterThan(1);
  });

  it("prints ClaimReview JSON-LD of the published claim, with its rating, to standard output", async () => {
    const verified = await t.db.claim.findMany({ where: { bulletinId, status: "VERIFIED", publishedAt: { not: null } } });
    expect(verified).toHaveLength(1);
    const r = claimdesk(t.url, ["export", bulletinId, "--format", "claimreview"]);
    expect(r.code, r.stderr).toBe(0);
    const reviews = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: verified[0].statement,
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "基本准确", ratingExplanation: "年报写的是1.13亿元。" },
    });
  });

  it("refuses an unknown format or bulletin with one line and a non-zero exit", () => {
    const badFormat = claimdesk(t.url, ["export", bulletinId, "--format", "docx"]);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr.trim()).toMatch(/--format must be one of md, html, xlsx, csv, figures-csv, json, claimreview, annotations/);
    const missing = claimdesk(t.url, ["export", "no-such-bulletin", "--format", "md"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toMatch(/no bulletin has the id/);
  });

  it.each([
    ["a missing id", () => ["export", "--format", "md"], /give the bulletin's id/],
    ["a bad --scope", () => ["export", bulletinId, "--format", "md", "--scope", "everything"], /--scope must be verified or all/],
    ["an option without its value at the end", () => ["export", bulletinId, "--format"], /--format needs a value/],
    ["an option followed by another option", () => ["export", bulletinId, "--out", "--format", "md"], /--out needs a value/],
    ["an unknown option", () => ["export", bulletinId, "--format", "md", "--scpoe", "all"], /unknown option --scpoe/],
    ["a second id", () => ["export", bulletinId, "other-id", "--format", "md"], /unexpected argument other-id/],
  ])("refuses %s with one line, exit 1 and nothing on standard output", (_, args, message) => {
    const r = claimdesk(t.url, args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
