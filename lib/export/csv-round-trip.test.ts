import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimsCsv, figuresCsv } from "./csv";
import { spreadsheetSafe } from "./spreadsheet-cell";
import { iterate, sampleBulletin, sampleClaims } from "./fixtures/report";
import type { ReportClaim } from "./model";
import { streamToString } from "./stream";

// What spreadsheets and CSV writers trip over, mixed into random text.
const AWKWARD = [",", '"', '""', "\n", "\r\n", "\r", "\r\n\r\n", "\t", " ", "'", "\uFEFF", "中文，引号“”", "😀", "e\u0301", "#", "|", "<b>"];
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: "grapheme", maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join("")),
);
const maybe = fc.option(text, { nil: null });

const base = sampleClaims()[0];
const claimArb = fc.record({
  statement: text,
  text,
  speaker: maybe,
  rationale: maybe,
  figures: fc.array(
    fc.record({ text, unit: maybe, checkNote: maybe, sourceValue: maybe, relativeDifference: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }) }),
    { maxLength: 3 },
  ),
});

/** Random claims on the shape of a real one, numbered in order. */
const claimsArb = fc.array(claimArb, { minLength: 1, maxLength: 5 }).map((drafts): ReportClaim[] =>
  drafts.map((d, i) => ({
    ...base,
    ...d,
    id: `clm_${i + 1}`,
    number: i + 1,
    figures: d.figures.map((f, j) => ({ ...base.figures[0], ...f, id: `fig_${i + 1}_${j}` })),
  })),
);

/** Both files through csv-parse, strictly (every record as wide as its header), each under its header. */
async function readBack(claims: ReportClaim[]) {
  const table = async (write: typeof claimsCsv) => {
    const records = parse(await streamToString(write({ bulletin: sampleBulletin(), claims: iterate(claims) })), { bom: true }) as string[][];
    return records.slice(1).map((r) => Object.fromEntries(records[0].map((name, i) => [name, r[i]])));
  };
  return { claims: await table(claimsCsv), figures: await table(figuresCsv) };
}

const cell = (value: string | number | null) => spreadsheetSafe(value);

describe("CSV export: values round-trip through csv-parse", () => {
  it("every claim and figure cell reads back as written (formula-like text keeps its guard)", async () => {
    await fc.assert(
      fc.asyncProperty(claimsArb, async (claims) => {
        const back = await readBack(claims);
        expect(back.claims.map((r) => [r.claim_number, r.statement, r.claim_text, r.speaker, r.rationale, r.figures])).toEqual(
          claims.map((c) => [String(c.number), cell(c.statement), cell(c.text), cell(c.speaker), cell(c.rationale), String(c.figures.length)]),
        );
        const figures = claims.flatMap((c) => c.figures.map((f) => ({ claim: c, f })));
        expect(back.figures.map((r) => [r.claim_id, r.figure_id, r.figure_text, r.unit, r.check_note, r.source_value, r.relative_difference])).toEqual(
          figures.map(({ claim, f }) => [claim.id, f.id, cell(f.text), cell(f.unit), cell(f.checkNote), cell(f.sourceValue), cell(f.relativeDifference)]),
        );
        // A number survives as the same number.
        for (const [i, { f }] of figures.entries()) {
          if (f.relativeDifference !== null && !Object.is(f.relativeDifference, -0)) expect(Number(back.figures[i].relative_difference.replace(/^'/, ""))).toBe(f.relativeDifference);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("text that is not formula-like comes back exactly, byte for byte", async () => {
    const plain = text.filter((t) => spreadsheetSafe(t) === t);
    await fc.assert(
      fc.asyncProperty(fc.array(plain, { minLength: 1, maxLength: 8 }), async (statements) => {
        const claims = statements.map((statement, i) => ({ ...base, id: `clm_${i + 1}`, number: i + 1, statement, figures: [] }));
        const back = await readBack(claims);
        expect(back.claims.map((r) => r.statement)).toEqual(statements);
        expect(back.figures).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
