import { describe, expect, it } from "vitest";
import { evidenceSchema, figureCheckSchema, sourceMetaSchema } from "@/lib/validations/source";

const meta = { title: "国家统计局年度数据", kind: "OFFICIAL", credibility: "5" };
const check = { claimId: "c1", version: 2, figureId: "f1" };

describe("sourceMetaSchema", () => {
  it("accepts http and https URLs and a blank URL as none", () => {
    expect(sourceMetaSchema.parse({ ...meta, url: "https://data.example.cn/a" }).url).toBe("https://data.example.cn/a");
    expect(sourceMetaSchema.parse({ ...meta, url: "http://data.example.cn/a" }).url).toBe("http://data.example.cn/a");
    const blank = sourceMetaSchema.parse({ ...meta, url: "   " });
    expect(blank.url).toBeUndefined();
    expect(blank.credibility).toBe(5);
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:void(0)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "ftp://files.example.org/report.pdf",
    "file:///etc/passwd",
    "www.example.org/no-scheme",
  ])("refuses %s as a source URL, on the url field", (url) => {
    const result = sourceMetaSchema.safeParse({ ...meta, url });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["url"]);
  });

  it("refuses a credibility outside 1–5 and an unknown kind", () => {
    expect(sourceMetaSchema.safeParse({ ...meta, credibility: 6 }).success).toBe(false);
    expect(sourceMetaSchema.safeParse({ ...meta, credibility: 0 }).success).toBe(false);
    expect(sourceMetaSchema.safeParse({ ...meta, kind: "BLOG" }).success).toBe(false);
  });
});

describe("figureCheckSchema", () => {
  it("refuses NOT_CHECKABLE without a reason, on the note field, and accepts it with one", () => {
    for (const note of [undefined, "", "   "]) {
      const result = figureCheckSchema.safeParse({ ...check, result: "NOT_CHECKABLE", note });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["note"]);
    }
    expect(figureCheckSchema.safeParse({ ...check, result: "NOT_CHECKABLE", note: "No source publishes this count." }).success).toBe(true);
  });

  it.each(["MATCHES", "WITHIN_ROUNDING", "DIFFERS"])("%s needs the source and its value", (result) => {
    for (const extra of [{}, { sourceId: "s1" }, { sourceValue: "4" }]) {
      const parsed = figureCheckSchema.safeParse({ ...check, result, ...extra });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => i.path.join("."))).toEqual(["sourceValue"]);
    }
    expect(figureCheckSchema.safeParse({ ...check, result, sourceId: "s1", sourceValue: "4" }).success).toBe(true);
  });

  it("accepts NOT_FOUND with neither a note nor a source", () => {
    expect(figureCheckSchema.safeParse({ ...check, result: "NOT_FOUND" }).success).toBe(true);
  });
});

describe("evidenceSchema", () => {
  const evidence = { claimId: "c1", sourceId: "s1", snapshotId: "n1", start: 4, end: 9, stance: "REFUTES" };
  it("accepts a passage and refuses an empty or backwards one and an unknown stance", () => {
    expect(evidenceSchema.safeParse(evidence).success).toBe(true);
    expect(evidenceSchema.safeParse({ ...evidence, end: 4 }).success).toBe(false);
    expect(evidenceSchema.safeParse({ ...evidence, start: 9, end: 4 }).success).toBe(false);
    expect(evidenceSchema.safeParse({ ...evidence, stance: "AGREES" }).success).toBe(false);
  });
});
