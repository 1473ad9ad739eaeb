import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvReport } from "./csv";
import { spreadsheetSafe } from "./spreadsheet-cell";
import { iterate, sampleBulletin, sampleClaims, sampleReport } from "./fixtures/report";
import type { Report } from "./model";
import { streamToString } from "./stream";

/** The two sections are split at the one blank line between them; every row is quoted, so a blank
 * line cannot occur inside a section. */
async function sections(report: Report) {
  const text = await streamToString(csvReport(report));
  const parts = text.split("\r\n\r\n");
  expect(parts).toHaveLength(2);
  const options = { bom: true, columns: true, record_delimiter: "\r\n" } as const;
  return {
    text,
    claims: parse(parts[0], options) as Record<string, string>[],
    figures: parse(parts[1], options) as Record<string, string>[],
  };
}

describe("CSV export", () => {
  it("starts with a UTF-8 BOM, quotes every field and ends rows with CRLF", async () => {
    const { text } = await sections(sampleReport());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header = text.slice(1, text.indexOf("\r\n"));
    expect(header.split(",").every((field) => /^".*"$/.test(field))).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\r")).toBe(false);
  });

  it("has one row per claim that survives commas, quotes, newlines and Chinese text", async () => {
    const { claims } = await sections(sampleReport());
    const source = sampleClaims();
    expect(claims).toHaveLength(source.length);
    expect(claims.map((r) => r.statement)).toEqual(source.map((c) => (/^[=+@]/.test(c.statement) ? `'${c.statement}` : c.statement)));
    const quote = claims[1];
    expect(quote.statement).toContain('，\n*总投资*');
    expect(quote.speaker).toBe('市长 "王某"');
    expect(quote.verdict).toBe("INACCURATE");
    expect(quote.verdict_label).toBe("不准确");
    expect(quote.rationale).toBe(source[1].rationale);
    expect(quote.figures).toBe("2");
    expect(quote.url).toBe("https://claimdesk.example.org/bulletins/bul_1/report#claim-clm_2");
    expect(claims[4].verdict).toBe("");
  });

  it("has one row per figure, tied to its claim", async () => {
    const { figures } = await sections(sampleReport());
    expect(figures.map((f) => [f.claim_number, f.figure_id])).toEqual([["1", "fig_1a"], ["1", "fig_1b"], ["2", "fig_2a"], ["2", "fig_2b"]]);
    expect(figures[1]).toMatchObject({ figure_text: "18%", check: "WITHIN_ROUNDING", check_label: "四舍五入范围内", source_value: "17.6", relative_difference: "0.0227", check_note: "公报为17.6%，四舍五入" });
    expect(figures[3]).toMatchObject({ currency: "CNY", source_value: "" });
  });

  it("defuses cells a spreadsheet would run as formulas, and keeps negative numbers", async () => {
    const { claims, figures } = await sections(sampleReport());
    expect(figures[2].check_note).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(claims[4].statement.startsWith("'=1+1")).toBe(true);
    expect(spreadsheetSafe("-3.5")).toBe("-3.5");
    expect(spreadsheetSafe("-cmd")).toBe("'-cmd");
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetSafe(null)).toBe("");
  });

  it("writes the same file from a re-iterable claim source as from a one-shot generator", async () => {
    const reiterable = { [Symbol.asyncIterator]: () => iterate(sampleClaims())[Symbol.asyncIterator]() };
    let calls = 0;
    const counting = { [Symbol.asyncIterator]: () => (calls++, reiterable[Symbol.asyncIterator]()) };
    const twice = await streamToString(csvReport({ bulletin: sampleBulletin(), claims: counting }));
    const once = await streamToString(csvReport(sampleReport()));
    expect(calls).toBe(2);
    expect(twice).toBe(once);
  });
});
