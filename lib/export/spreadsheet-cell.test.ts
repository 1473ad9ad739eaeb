import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsCsv, figuresCsv } from "./csv";
import { sampleBulletin, sampleClaims, iterate } from "./fixtures/report";
import type { Report } from "./model";
import { spreadsheetSafe } from "./spreadsheet-cell";
import { streamToBuffer, streamToString } from "./stream";
import { xlsxReport } from "./xlsx";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const isExactNumber = (s: string) => /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s);
// What a spreadsheet might read as the start of a formula: a trigger first, or after leading blanks,
// control or invisible format characters, ASCII or full-width.
const couldRunAsFormula = (s: string) => TRIGGERS.includes(s[0] ?? "") || /^[\s\p{Cc}\p{Cf}]*[=+\-@]/u.test(s.normalize("NFKC"));
const INVISIBLE = ["\u200B", "\u2060", "\u200E", "\u202E", "\u00AD", "\uFEFF", "\u3000", "\u180E"];
const WIDE_TRIGGERS = ["＝", "＋", "－", "＠", "﹦", "﹢", "﹣"];

// Strings that lean towards the dangerous starts, mixed with fully random ones.
const cellText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.tuple(fc.constantFrom(...TRIGGERS, ...WIDE_TRIGGERS, ...INVISIBLE, " ", "\n", "\u0000", " \t"), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
  fc.tuple(fc.array(fc.constantFrom(...INVISIBLE, " ", "\u0000"), { maxLength: 3 }), fc.constantFrom(...TRIGGERS, ...WIDE_TRIGGERS), fc.string({ maxLength: 20 })).map(([a, t, b]) => a.join("") + t + b),
  fc.tuple(fc.constantFrom("-", "+", "=", ""), fc.double({ noNaN: true, noDefaultInfinity: true })).map(([a, n]) => a + String(n)),
);

describe("spreadsheetSafe", () => {
  it("named cases: -1+1 and DDE payloads are neutralised, plain negative numbers kept", () => {
    expect(spreadsheetSafe("-1+1+cmd|' /C calc'!A0")).toBe("'-1+1+cmd|' /C calc'!A0");
    expect(spreadsheetSafe("-2")).toBe("-2");
    expect(spreadsheetSafe(-3.25)).toBe("-3.25");
    expect(spreadsheetSafe("+1")).toBe("'+1");
    expect(spreadsheetSafe("\t=1")).toBe("'\t=1");
    expect(spreadsheetSafe("  =HYPERLINK(\"x\")")).toBe("'  =HYPERLINK(\"x\")");
    expect(spreadsheetSafe("增长5.2%")).toBe("增长5.2%");
    for (const invisible of INVISIBLE) expect(spreadsheetSafe(`${invisible}=cmd|' /C calc'!A0`)).toBe(`'${invisible}=cmd|' /C calc'!A0`);
    for (const wide of WIDE_TRIGGERS) expect(spreadsheetSafe(`${wide}1+1`)).toBe(`'${wide}1+1`);
    expect(spreadsheetSafe("\u200B\u202E＝HYPERLINK(1)")).toBe("'\u200B\u202E＝HYPERLINK(1)");
    expect(spreadsheetSafe("－3.5")).toBe("'－3.5");
    // Found by the property below: the XLSX writer drops the NUL, which left the tab first.
    expect(spreadsheetSafe("\u0000\t")).toBe("'\u0000\t");
    expect(spreadsheetSafe("\u200B\u0007\r=1")).toBe("'\u200B\u0007\r=1");
  });

  it("property: no output starts a formula unless it is exactly a number; the text is kept after the apostrophe", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const out = spreadsheetSafe(text);
        if (isExactNumber(text)) return out === text;
        expect(out === text || out === `'${text}`).toBe(true);
        expect(couldRunAsFormula(out)).toBe(false);
        return true;
      }),
      { numRuns: 5_000 },
    );
  });

  it("property: every cell of both CSV exports, claims and figures, is neutralised", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 3, maxLength: 3 }), async (texts) => {
        for (const csvOf of [claimsCsv, figuresCsv]) {
          const csv = await streamToString(csvOf(reportWith(texts)));
          const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true });
          for (const cell of rows.flat()) expect(!couldRunAsFormula(cell) || isExactNumber(cell)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("property: every text cell of every sheet of the XLSX export is neutralised", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 3, maxLength: 3 }), async (texts) => {
        const bytes = await streamToBuffer(xlsxReport(reportWith(texts)));
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
        for (const sheet of book.worksheets) {
          sheet.eachRow((row) => row.eachCell((cell) => {
            const value = cell.value;
            const shown = typeof value === "string" ? value : value && typeof value === "object" && "text" in value ? String(value.text) : null;
            expect(cell.formula).toBeUndefined();
            if (shown !== null) expect(!couldRunAsFormula(shown) || isExactNumber(shown), JSON.stringify(shown)).toBe(true);
          }));
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** The sample report with random text in a claim's statement and rationale and in figure notes. */
function reportWith([statement, rationale, note]: string[]): Report {
  const claims = sampleClaims().map((c) => ({ ...c, statement, rationale, figures: c.figures.map((f) => ({ ...f, checkNote: note })) }));
  return { bulletin: sampleBulletin(), claims: iterate(claims) };
}
