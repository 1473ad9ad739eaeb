import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvReport } from "./csv";
import { sampleBulletin, sampleClaims, iterate } from "./fixtures/report";
import { spreadsheetSafe } from "./spreadsheet-cell";
import { streamToString } from "./stream";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
const isExactNumber = (s: string) => /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s);
// What a spreadsheet would read as the start of a formula: a trigger first, or after leading blanks.
const couldRunAsFormula = (s: string) => TRIGGERS.includes(s[0] ?? "") || /^[\s\p{Cc}]+[=+\-@]/u.test(s);

// Strings that lean towards the dangerous starts, mixed with fully random ones.
const cellText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.tuple(fc.constantFrom(...TRIGGERS, " ", "\n", "\u0000", " \t"), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
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

  it("property: every cell of a CSV export, claims and figures, is neutralised", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 3, maxLength: 3 }), async ([statement, rationale, note]) => {
        const claims = sampleClaims().map((c) => ({ ...c, statement, rationale, figures: c.figures.map((f) => ({ ...f, checkNote: note })) }));
        const csv = await streamToString(csvReport({ bulletin: sampleBulletin(), claims: iterate(claims) }));
        const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true });
        for (const cell of rows.flat()) expect(!couldRunAsFormula(cell) || isExactNumber(cell)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
