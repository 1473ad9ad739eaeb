import { describe, expect, it } from "vitest";
import { contentDisposition, exportFileName } from "./filename";

const bulletin = (title: string, publishedOn: string | null = "2020-05-01") => ({ title, publishedOn, importedAt: "2020-05-03T08:00:00.000Z" });

/** The name a browser takes from the header, as RFC 6266 says: `filename*` when it is there. */
function nameFrom(header: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : /filename="([^"]*)"/.exec(header)![1];
}

describe("export file names", () => {
  it("are the bulletin's title and date, then what the file holds", () => {
    expect(exportFileName(bulletin("同舟共济"), "claims.xlsx")).toBe("同舟共济-2020-05-01-claims.xlsx");
    expect(exportFileName(bulletin("同舟共济，守望相助（全文）"), "report.md")).toBe("同舟共济-守望相助-全文-2020-05-01-report.md");
    expect(exportFileName(bulletin("Port note: Q1 / 2025?"), "figures.csv")).toBe("Port-note-Q1-2025-2020-05-01-figures.csv");
    // No publication date: the day it was imported.
    expect(exportFileName(bulletin("同舟共济", null), "claims.csv")).toBe("同舟共济-2020-05-03-claims.csv");
    expect(exportFileName(bulletin("///"), "report.html")).toBe("claimdesk-2020-05-01-report.html");
    expect([...exportFileName(bulletin("长".repeat(500)), "claims.xlsx")].length).toBeLessThan(110);
  });

  it("travel as RFC 5987 filename* with an ASCII fallback that cannot break the header", () => {
    const header = contentDisposition("同舟共济-2020-05-01-claims.xlsx");
    expect(header).toBe("attachment; filename=\"2020-05-01-claims.xlsx\"; filename*=UTF-8''%E5%90%8C%E8%88%9F%E5%85%B1%E6%B5%8E-2020-05-01-claims.xlsx");
    expect(nameFrom(header)).toBe("同舟共济-2020-05-01-claims.xlsx");
    for (const name of ['a"b\\c%d.csv', "(x)*'y'.md", "é-ü.csv"]) {
      const h = contentDisposition(name);
      expect(nameFrom(h)).toBe(name);
      expect(/filename="([^"\\]*)"/.test(h)).toBe(true);
      expect(h).not.toMatch(/[^\x20-\x7e]/);
    }
  });
});
