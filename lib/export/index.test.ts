import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { sampleReport } from "./fixtures/report";
import { exportReport, httpUrl, streamToString, verifiedShare } from "./index";
import { EXPORT_FORMATS } from "./model";

describe("exportReport", () => {
  it("names a content type and file suffix for every format", () => {
    const seen = EXPORT_FORMATS.map((format) => {
      const { contentType, fileSuffix } = exportReport(sampleReport(), format);
      if (format !== "xlsx") expect(contentType).toMatch(/charset=utf-8$/);
      return fileSuffix;
    });
    expect(new Set(seen).size).toBe(EXPORT_FORMATS.length);
    expect(exportReport(sampleReport(), "csv")).toMatchObject({ contentType: "text/csv; charset=utf-8", fileSuffix: "claims.csv" });
    expect(exportReport(sampleReport(), "figures-csv").fileSuffix).toBe("figures.csv");
    expect(exportReport(sampleReport(), "xlsx")).toMatchObject({ contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileSuffix: "claims.xlsx" });
    expect(exportReport(sampleReport(), "annotations").contentType).toContain('profile="http://www.w3.org/ns/anno.jsonld"');
  });

  it("labels an English bulletin in English and a Chinese one in Chinese", async () => {
    const english = parseHTML(await streamToString(exportReport(sampleReport({ language: "en" }), "html").chunks)).document;
    expect(english.querySelector("#claim-clm_2 .verdict")?.textContent).toBe("Inaccurate");
    expect(english.querySelector("#summary h2")?.textContent).toBe("Summary");
    const chinese = parseHTML(await streamToString(exportReport(sampleReport({ language: "zh" }), "html").chunks)).document;
    expect(chinese.querySelector("#claim-clm_2 .verdict")?.textContent).toBe("不准确");
  });
});

describe("httpUrl", () => {
  it("keeps http(s) URLs and refuses script, data and relative ones", () => {
    expect(httpUrl("https://example.org/a b")).toBe("https://example.org/a%20b");
    expect(httpUrl("http://example.org/<x>")).toBe("http://example.org/%3Cx%3E");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "/relative", "", null]) {
      expect(httpUrl(bad)).toBeNull();
    }
  });
});

describe("verifiedShare", () => {
  it("is a rounded percentage and 0% for an empty report", () => {
    const summary = sampleReport().bulletin.summary;
    expect(verifiedShare({ ...summary, total: 3, verified: 1 })).toBe("33.3%");
    expect(verifiedShare({ ...summary, total: 0, verified: 0 })).toBe("0%");
  });
});
