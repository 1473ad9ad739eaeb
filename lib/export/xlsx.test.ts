import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { iterate, sampleBulletin, sampleClaims, sampleReport } from "./fixtures/report";
import type { Report } from "./model";
import { streamToBuffer } from "./stream";
import { xlsxReport } from "./xlsx";

async function readBack(report: Report = sampleReport()) {
  const book = new ExcelJS.Workbook();
  const bytes = await streamToBuffer(xlsxReport(report));
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

/** A sheet's rows as arrays of cell values, from the first column. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as unknown[];
    out.push(values.slice(1));
  });
  return out;
}

const column = (sheet: ExcelJS.Worksheet, header: string) => {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const at = headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header}; have ${headers.join(", ")}`);
  return at + 1;
};

describe("spreadsheet export", () => {
  it("has the four sheets, named in the bulletin's language, each with a frozen bold header", async () => {
    const book = await readBack();
    expect(book.worksheets.map((s) => s.name)).toEqual(["声明", "数字", "证据", "来源"]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.getColumn(1).width).toBeGreaterThan(0);
    }
    const english = await readBack(sampleReport({ language: "en" }));
    expect(english.worksheets.map((s) => s.name)).toEqual(["Claims", "Figures", "Evidence", "Sources"]);
    expect(english.getWorksheet("Claims")!.getColumn(2).width).toBe(60);
  });

  it("writes one claim per row with numbers as numbers, times as dates and a link to the claim's anchor", async () => {
    const sheet = (await readBack()).getWorksheet("声明")!;
    const claims = sampleClaims();
    expect(sheet.rowCount).toBe(claims.length + 1);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(column(sheet, "声明")).value).toBe(claims[0].statement);
    expect(first.getCell(column(sheet, "结论")).value).toBe("准确");
    expect(first.getCell(column(sheet, "数字")).value).toBe(2);
    const approved = first.getCell(column(sheet, "批准时间（UTC）"));
    expect(approved.value).toBeInstanceOf(Date);
    expect((approved.value as Date).toISOString()).toBe("2025-04-16T08:15:00.000Z");
    expect(approved.numFmt).toBe("yyyy-mm-dd hh:mm");
    expect((first.getCell(column(sheet, "发布时间（UTC）")).value as Date).toISOString()).toBe("2025-04-21T02:00:00.000Z");
    expect(sheet.getRow(7).getCell(column(sheet, "发布时间（UTC）")).value).toBeNull();
    const linkCell = first.getCell(column(sheet, "报告中的位置")).value as ExcelJS.CellHyperlinkValue;
    expect(linkCell.hyperlink).toBe("https://claimdesk.example.org/bulletins/bul_1/report#claim-clm_1");
    expect(linkCell.text).toBe("声明 1");
  });

  it("defuses formula-like text as the CSV does", async () => {
    const claims = (await readBack()).getWorksheet("声明")!;
    expect(String(claims.getRow(6).getCell(2).value).startsWith("'=1+1")).toBe(true);
    const figures = (await readBack()).getWorksheet("数字")!;
    const notes = rows(figures).map((r) => r[column(figures, "备注") - 1]);
    expect(notes).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    for (const sheet of (await readBack()).worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+@]/);
      }));
    }
  });

  it("gives each figure its value as a number, a date, or text when a number would lose digits", async () => {
    const sheet = (await readBack()).getWorksheet("数字")!;
    const all = rows(sheet).slice(1);
    const byText = new Map(all.map((r) => [r[1], r]));
    const valueAt = column(sheet, "数值") - 1;
    const maxAt = column(sheet, "数值上限") - 1;
    expect(byText.get("312.5万人次")![valueAt]).toBe(3125000);
    expect(byText.get("18%")![column(sheet, "来源数值") - 1]).toBe(17.6);
    expect(byText.get("18%")![column(sheet, "差异") - 1]).toBe(0.0227);
    expect(sheet.getColumn(column(sheet, "差异")).numFmt).toBe("0.0%");
    // A year-less range is written out; a full date is a date cell.
    expect(byText.get("3月1日至4月26日")![valueAt]).toBe("3月1日");
    expect(byText.get("3月1日至4月26日")![maxAt]).toBe("4月26日");
    const day = byText.get("2020年3月1日")![valueAt] as Date;
    expect(day).toBeInstanceOf(Date);
    expect(day.toISOString()).toBe("2020-03-01T00:00:00.000Z");
    // 18 significant digits: a spreadsheet's number would round them away.
    expect(byText.get("12345678901234567.5元")![valueAt]).toBe("12345678901234567.5");
    expect(all.map((r) => r[0])).toEqual([1, 1, 2, 2, 6, 6, 6, 6]);
  });

  it("lists every quoted passage and every source once, with links only for web addresses", async () => {
    const book = await readBack();
    const evidence = book.getWorksheet("证据")!;
    expect(evidence.rowCount).toBe(1 + 4);
    const stats = evidence.getRow(2);
    expect(stats.getCell(column(evidence, "引用段落")).value).toBe("一季度共接待游客312.5万人次");
    expect((stats.getCell(column(evidence, "网址")).value as ExcelJS.CellHyperlinkValue).hyperlink).toBe("https://stats.example.cn/2025q1.html?a=1&b=2");
    expect((stats.getCell(column(evidence, "存档副本")).value as ExcelJS.CellHyperlinkValue).hyperlink)
      .toBe("https://claimdesk.example.org/sources/src_stats/snapshots/snap_src_stats");
    const hostile = evidence.getRow(4).getCell(column(evidence, "网址")).value;
    expect(hostile).toBe("javascript:alert(3)");

    const sources = book.getWorksheet("来源")!;
    const list = rows(sources).slice(1);
    expect(list.map((r) => r[0])).toEqual(["src_stats", "src_hostile"]);
    const stat = list[0];
    expect(stat[column(sources, "引用它的声明数") - 1]).toBe(2);
    expect(stat[column(sources, "引用段落数") - 1]).toBe(3);
    expect(stat[column(sources, "可信度（1–5）") - 1]).toBe(5);
    expect((stat[column(sources, "发布日期") - 1] as Date).toISOString()).toBe("2025-04-08T00:00:00.000Z");
    expect(stat[column(sources, "来源类型") - 1]).toBe("官方");
  });

  it("writes the same workbook content from a re-iterable claim source as from a one-shot generator", async () => {
    let calls = 0;
    const reiterable = { [Symbol.asyncIterator]: () => (calls++, iterate(sampleClaims())[Symbol.asyncIterator]()) };
    const twice = await readBack({ bulletin: sampleBulletin(), claims: reiterable });
    const once = await readBack(sampleReport());
    expect(calls).toBe(3);
    expect(twice.worksheets.map((s) => rows(s))).toEqual(once.worksheets.map((s) => rows(s)));
  });
});
