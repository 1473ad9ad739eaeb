import { describe, expect, it } from "vitest";
import { exportQuerySchema, reportScopeSchema, scopeOf } from "./params";

const issuesOf = (input: unknown) => {
  const result = exportQuerySchema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

describe("exportQuerySchema (the API's strict query)", () => {
  it("accepts each format, defaulting to verified claims and no verdict", () => {
    for (const format of ["md", "html", "xlsx", "csv", "figures-csv", "json", "claimreview", "annotations"]) {
      expect(exportQuerySchema.parse({ format })).toEqual({ format, scope: "verified" });
    }
    expect(exportQuerySchema.parse({ format: "csv" }).verdict).toBeUndefined();
  });

  it("keeps a valid scope and verdict", () => {
    expect(exportQuerySchema.parse({ format: "json", scope: "all", verdict: "MISLEADING" })).toEqual({ format: "json", scope: "all", verdict: "MISLEADING" });
    expect(exportQuerySchema.parse({ format: "md", scope: "verified", verdict: "MOSTLY_ACCURATE" })).toMatchObject({ verdict: "MOSTLY_ACCURATE" });
  });

  it("refuses an unknown or missing format with a message listing every valid one", () => {
    const message = "Unknown format. Valid formats: md, html, xlsx, csv, figures-csv, json, claimreview, annotations.";
    expect(issuesOf({ format: "pdf" })).toEqual([{ path: "format", message }]);
    expect(issuesOf({ format: "MD" })).toEqual([{ path: "format", message }]);
    expect(issuesOf({ format: "" })).toEqual([{ path: "format", message }]);
    expect(issuesOf({})).toEqual([{ path: "format", message }]);
  });

  it("refuses a scope other than verified or all", () => {
    expect(issuesOf({ format: "csv", scope: "everything" })).toEqual([{ path: "scope", message: "scope must be verified or all." }]);
    expect(issuesOf({ format: "csv", scope: "ALL" })).toEqual([{ path: "scope", message: "scope must be verified or all." }]);
  });

  it("refuses an unknown verdict, listing the valid ones", () => {
    const message = "verdict must be one of ACCURATE, MOSTLY_ACCURATE, MISLEADING, INACCURATE, UNVERIFIABLE.";
    expect(issuesOf({ format: "csv", verdict: "FALSE" })).toEqual([{ path: "verdict", message }]);
    expect(issuesOf({ format: "csv", verdict: "accurate" })).toEqual([{ path: "verdict", message }]);
  });

  it("reports every bad parameter at once", () => {
    expect(issuesOf({ format: "xml", scope: "some", verdict: "TRUE" }).map((i) => i.path)).toEqual(["format", "scope", "verdict"]);
  });
});

describe("reportScopeSchema and scopeOf (the report page's forgiving query)", () => {
  it("defaults to verified claims and no verdict", () => {
    expect(scopeOf({})).toStrictEqual({ scope: "verified", verdict: undefined });
    const parsed = reportScopeSchema.parse({});
    expect(parsed.scope).toBe("verified");
    expect(parsed.verdict).toBeUndefined();
  });

  it("keeps valid values", () => {
    expect(scopeOf({ scope: "all", verdict: "INACCURATE" })).toStrictEqual({ scope: "all", verdict: "INACCURATE" });
    expect(scopeOf({ scope: "verified", verdict: "UNVERIFIABLE" })).toStrictEqual({ scope: "verified", verdict: "UNVERIFIABLE" });
  });

  it("falls back to the default for unknown values instead of failing", () => {
    expect(scopeOf({ scope: "everything", verdict: "FALSE" })).toStrictEqual({ scope: "verified", verdict: undefined });
    expect(scopeOf({ scope: "all", verdict: "mostly_accurate" })).toStrictEqual({ scope: "all", verdict: undefined });
    expect(scopeOf({ scope: "", verdict: "" })).toStrictEqual({ scope: "verified", verdict: undefined });
  });

  it("takes the first of repeated query values", () => {
    expect(scopeOf({ scope: ["all", "verified"], verdict: ["MISLEADING", "ACCURATE"] })).toStrictEqual({ scope: "all", verdict: "MISLEADING" });
    expect(scopeOf({ scope: ["nonsense", "all"] })).toStrictEqual({ scope: "verified", verdict: undefined });
    expect(scopeOf({ scope: [], verdict: [] })).toStrictEqual({ scope: "verified", verdict: undefined });
  });

  it("ignores other query parameters", () => {
    expect(scopeOf({ format: "md", scope: "all", page: ["2", "3"] })).toStrictEqual({ scope: "all", verdict: undefined });
  });
});
