import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { harmlessDocxEntries, hugeDocumentEntry, makeDocx } from "./fixtures/make-docx";
import { claimSheetXlsx } from "./fixtures/make-sheet";
import { deflatedZeros, splitViewZip, zip } from "./fixtures/make-zip";
import { peakGrowth, refusal } from "./fixtures/measure";
import { readDocument } from "./index";
import { readSpreadsheet } from "./spreadsheet";
import { safeZip, DEFAULT_ZIP_LIMITS } from "./zip";
import { translate } from "@/lib/i18n/catalogue";


const MIB = 1024 * 1024;

const bomb = (mebibytes: number, declared = mebibytes * MIB, name = "word/document.xml") =>
  zip([{ name, method: 8, data: deflatedZeros(mebibytes), uncompressedSize: declared }]);

describe("safeZip", () => {
  it("lets a real workbook through", async () => {
    const checked = await safeZip(await claimSheetXlsx());
    expect(Object.keys((await JSZip.loadAsync(checked)).files)).toContain("xl/workbook.xml");
  });

  it("lets a real .docx through", async () => {
    const checked = await safeZip(await makeDocx(["第一段", "Second paragraph"]));
    expect(Object.keys((await JSZip.loadAsync(checked)).files).sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
  });

  it("refuses a 200 MB bomb from its central directory, in both languages", async () => {
    const bytes = bomb(200);
    expect(bytes.byteLength).toBeLessThan(250 * 1024);
    const error = await refusal(safeZip(bytes));
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/refused before unpacking/);
    expect(translate("zh", error.msg)).toMatch(/已在解压前拒绝/);
  });

  it("refuses an entry compressed far more than any document, below the total limit", async () => {
    const error = await refusal(safeZip(bomb(20)));
    expect(error.message).toMatch(/compressed \d+ to 1/);
  });

  it("refuses a bomb whose declared sizes lie, while inflating it", async () => {
    const error = await refusal(safeZip(bomb(200, 1000)));
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/more than it declares/);
  });

  it("caps the total really inflated, even when every declared size is small and honest-looking", async () => {
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 5 * MIB };
    const entries = Array.from({ length: 8 }, (_, i) => ({ name: `part${i}.xml`, method: 8 as const, data: deflatedZeros(1), uncompressedSize: 1000 }));
    const error = await refusal(safeZip(zip(entries), limits));
    expect(error.message).toMatch(/more than it declares|more than 5 MB/);
  });

  it("refuses too many entries before reading them", async () => {
    const entries = Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `f${i}`, method: 0 as const, data: Buffer.from("x"), uncompressedSize: 1 }));
    const error = await refusal(safeZip(zip(entries)));
    expect(error.message).toMatch(/holds 2001 parts/);
  });

  it("refuses bytes that are no zip as unreadable", async () => {
    expect((await refusal(safeZip(new TextEncoder().encode("PK\u0003\u0004 not really")))).code).toBe("unreadable");
  });
});

describe("a .docx zip bomb through readDocument", () => {
  it("is refused with a clear message, and memory grows by less than 100 MB (RSS)", async () => {
    for (const bytes of [bomb(200), bomb(1000), bomb(200, 4096)]) {
      let error: unknown;
      const growth = await peakGrowth(async () => {
        error = await readDocument({ name: "report.docx", bytes }).catch((e: unknown) => e);
      });
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message).toMatch(/refused/);
      expect(growth).toBeLessThan(100 * MIB);
    }
  });
});

describe("a reader gets only the archive the guard checked", () => {
  const harmless = harmlessDocxEntries;
  const hugeDocument = hugeDocumentEntry;

  it.each([
    // The end record declares 3 entries; the central directory holds a 4th, a second document.xml.
    ["an end record that under-counts the central directory", () => zip([...harmless(), hugeDocument(100)], { declaredEntries: 3 })],
    // A gap before the end record makes JSZip shift every offset and read a second archive.
    ["a second archive behind an offset correction", () => splitViewZip(harmless(), [...harmless().slice(0, 2), hugeDocument(100)])],
  ])("%s: the reader sees the checked entries, and memory grows by less than 100 MB (RSS)", async (_, build) => {
    const bytes = build();
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    let text = "";
    const growth = await peakGrowth(async () => {
      text = (await readDocument({ name: "bulletin.docx", bytes })).text;
    });
    expect(text.length).toBeLessThan(100);
    expect(text).toBe("Output rose 5 percent in 2024.");
    expect(growth).toBeLessThan(100 * MIB);
  });

  it("refuses two parts of the same name, which readers would resolve differently", async () => {
    const twice = [...harmless(), harmlessDocxEntries("Another text.")[2]];
    const error = await refusal(readDocument({ name: "bulletin.docx", bytes: zip(twice) }));
    expect(error.message).toMatch(/two parts named word\/document\.xml/);
    expect(translate("zh", error.msg)).toMatch(/word\/document\.xml/);
  });
});

describe("an .xlsx zip bomb through readSpreadsheet", () => {
  it("is refused by the same guard before exceljs unpacks it, in both languages, and memory grows by less than 100 MB", async () => {
    for (const bytes of [bomb(200, 200 * MIB, "xl/worksheets/sheet1.xml"), bomb(200, 4096, "xl/worksheets/sheet1.xml")]) {
      let error: unknown;
      const growth = await peakGrowth(async () => {
        error = await readSpreadsheet({ name: "核查记录.xlsx", bytes }).catch((e: unknown) => e);
      });
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).code).toBe("too_large");
      expect((error as IngestError).message).toMatch(/refused/);
      expect(translate("zh", (error as IngestError).msg)).toMatch(/拒绝/);
      expect(growth).toBeLessThan(100 * MIB);
    }
  });
});

describe("file names", () => {
  it.each(["../../etc/passwd.txt", "..\\\\boot.txt", "dir/report.txt", "a\u0000.txt", "..", "x\n.txt"])("refuses %j before reading", async (name) => {
    const error = await refusal(readDocument({ name, bytes: new TextEncoder().encode("text") }));
    expect(error.message).toMatch(/file name contains a path/);
  });
  it("keeps ordinary names, Chinese ones too", async () => {
    await expect(readDocument({ name: "2024年 报告 (final).txt", bytes: new TextEncoder().encode("正文") })).resolves.toMatchObject({ format: "txt" });
  });
});
