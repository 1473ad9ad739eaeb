import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n/catalogue";
import { IngestError } from "./errors";
import { CLAIM_SHEET_ROWS, claimSheetXlsx } from "./fixtures/make-sheet";
import { peakGrowth } from "./fixtures/measure";
import { cellText, cellUrl, readSpreadsheet } from "./spreadsheet";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe("readSpreadsheet: XLSX", () => {
  it("reads every sheet as rows of cells, with merged ranges resolved and empty rows kept empty", async () => {
    const book = await readSpreadsheet({ name: "核查记录.xlsx", bytes: await claimSheetXlsx() });
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["核查记录", "Notes"]);
    const rows = book.sheets[0].rows;
    // The merged title fills its whole range.
    expect(rows[0]).toEqual(Array(5).fill("2025年第一季度核查记录"));
    expect(rows[1]).toEqual(["声明", "来源链接", "核查结论", "备注", "核查日期"]);
    expect(rows[3]).toEqual([]);
    // The verdict merged over two rows belongs to both.
    expect(rows[5][2]).toBe("存疑");
    expect(rows[6][2]).toBe("存疑");
    expect(book.sheets[1].rows).toEqual([["Week", "Checked"], [14, 12]]);
  });

  it("keeps numbers, dates and links as what they are, and a formula as its result", async () => {
    const rows = (await readSpreadsheet({ name: "sheet.xlsx", bytes: await claimSheetXlsx() })).sheets[0].rows;
    expect(rows[2][0]).toBe(CLAIM_SHEET_ROWS[0][0]);
    expect((rows[2][4] as Date).toISOString()).toBe("2025-04-02T00:00:00.000Z");
    expect(cellText(rows[2][4])).toBe("2025-04-02");
    expect((rows[4][4] as Date).toISOString()).toBe("2025-04-03T00:00:00.000Z");
    expect(rows[4][1]).toEqual({ text: "交通局车辆公告", hyperlink: CLAIM_SHEET_ROWS[1][1] });
    expect(cellUrl(rows[4][1])).toBe(CLAIM_SHEET_ROWS[1][1]);
    expect(cellUrl(rows[2][1])).toBe(CLAIM_SHEET_ROWS[0][1]);
    expect(cellUrl(rows[2][0])).toBeNull();
    expect(rows[6][3]).toBe("待补充来源");
  });

  it("refuses an old .xls, a renamed file and a damaged workbook with a clear message", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(readSpreadsheet({ name: "old.xlsx", bytes: ole }))).message).toMatch(/old \.xls file/);
    expect((await refusal(readSpreadsheet({ name: "old.xls", bytes: ole }))).code).toBe("unsupported_type");
    expect((await refusal(readSpreadsheet({ name: "notes.xlsx", bytes: utf8("声明,来源\n") }))).code).toBe("unreadable");
    const truncated = (await claimSheetXlsx()).slice(0, 400);
    expect((await refusal(readSpreadsheet({ name: "cut.xlsx", bytes: truncated }))).code).toBe("unreadable");
    expect((await refusal(readSpreadsheet({ name: "empty.xlsx", bytes: new Uint8Array() }))).code).toBe("empty");
    expect((await refusal(readSpreadsheet({ name: "report.docx", bytes: utf8("x") }))).message).toMatch(/Only \.xlsx and \.csv/);
  });
});

/** The claim workbook with its first sheet's XML replaced: a few kilobytes, whatever it describes. */
async function withFirstSheet(sheetData: string, after = ""): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await claimSheetXlsx());
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
  zip.file("xl/worksheets/sheet1.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readSpreadsheet: workbooks that would make too many cells", () => {
  const MIB = 1024 * 1024;
  it.each([
    ["one cell at the last row a sheet can have", () => withFirstSheet('<row r="1048576"><c r="GR1048576" t="inlineStr"><is><t>x</t></is></c></row>'), /reaches row 1,?048,?576/],
    ["one merged range down to row 1,000,000", () => withFirstSheet('<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A3:B1000000"/></mergeCells>'), /reaches row 1,?000,?000/],
    ["one merged range over half a million cells inside the row limit", () => withFirstSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A1:Z20000"/></mergeCells>'), /merged ranges of this workbook cover 520,?000 cells/],
    ["more cells than any claim sheet", () => withFirstSheet(Array.from({ length: 2_600 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 100 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${r + 1}"><v>1</v></c>`).join("")}</row>`).join("")), /holds 260,?0\d\d cells/],
  ])("%s: refused before exceljs reads it, in both languages, and memory grows by less than 100 MB", async (_, build, message) => {
    const bytes = await build();
    let error: unknown;
    const growth = await peakGrowth(async () => {
      error = await readSpreadsheet({ name: "核查记录.xlsx", bytes }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe("too_large");
    expect((error as IngestError).message).toMatch(message);
    expect(translate("zh", (error as IngestError).msg)).toMatch(/一次最多导入|最多读取/);
    expect(growth).toBeLessThan(100 * MIB);
  });

  it("reads a merged range far below the bounds as before", async () => {
    const bytes = await withFirstSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>合并</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>');
    const { sheets } = await readSpreadsheet({ name: "small.xlsx", bytes });
    expect(sheets[0].rows).toEqual([["合并", "合并", "合并"], ["合并", "合并", "合并"]]);
  });
});

describe("readSpreadsheet: CSV", () => {
  it("reads UTF-8 with a byte-order mark, quoted newlines and commas, and keeps empty rows", async () => {
    const text = '\uFEFF声明,来源,结论\r\n"市长说：""今年新建学校12所，\n医院3家。""",https://a.example/1,准确\r\n,,\r\n全市人口增长1.2%。,,\r\n';
    const book = await readSpreadsheet({ name: "claims.csv", bytes: utf8(text) });
    expect(book.format).toBe("csv");
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0].name).toBe("claims");
    expect(book.sheets[0].rows).toEqual([
      ["声明", "来源", "结论"],
      ['市长说："今年新建学校12所，\n医院3家。"', "https://a.example/1", "准确"],
      [],
      ["全市人口增长1.2%。"],
    ]);
  });

  it("reads what Chinese Windows spreadsheet software saves (GB18030), semicolons and tabs", async () => {
    // "声明,来源" in GB18030.
    const gb = new Uint8Array([0xc9, 0xf9, 0xc3, 0xf7, 0x2c, 0xc0, 0xb4, 0xd4, 0xb4, 0x0d, 0x0a]);
    expect((await readSpreadsheet({ name: "gbk.csv", bytes: gb })).sheets[0].rows).toEqual([["声明", "来源"]]);
    const semicolons = await readSpreadsheet({ name: "eu.csv", bytes: utf8("Claim;Verdict\nRents rose 4%, the council said;false\n") });
    expect(semicolons.sheets[0].rows[1]).toEqual(["Rents rose 4%, the council said", "false"]);
    const tabs = await readSpreadsheet({ name: "t.tsv", bytes: utf8("Claim\tNotes\nA, b\tc\n") });
    expect(tabs.sheets[0].rows[1]).toEqual(["A, b", "c"]);
  });

  it("refuses binary content named .csv", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect((await refusal(readSpreadsheet({ name: "image.csv", bytes: png }))).code).toBe("unreadable");
  });
});
