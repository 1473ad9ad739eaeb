import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { claimsCsv, figuresCsv } from "./csv";
import { spreadsheetSafe } from "./spreadsheet-cell";
import { sampleClaims, sampleReport } from "./fixtures/report";
import type { Report } from "./model";
import { streamToString } from "./stream";

const OPTIONS = { bom: true, columns: true, record_delimiter: "\r\n" } as const;

async function table(write: (r: Report) => AsyncIterable<string>, report: Report = sampleReport()) {
  const text = await streamToString(write(report));
  return { text, rows: parse(text, OPTIONS) as Record<string, string>[], header: parse(text, { bom: true, to_line: 1 })[0] as string[] };
}

describe("CSV exports", () => {
  it.each([["claims", claimsCsv], ["figures", figuresCsv]] as const)("%s: one table, a UTF-8 BOM, every field quoted, CRLF rows", async (_name, write) => {
    const { text, header } = await table(write);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const head = text.slice(1, text.indexOf("\r\n"));
    expect(head.split(",").every((field) => /^".*"$/.test(field))).toBe(true);
    expect(text.replace(/\r\n/g, "").includes("\r")).toBe(false);
    // One table: no blank line, every record as wide as the header (the strict parser checks it).
    expect(text).not.toMatch(/\r\n\r\n/);
    const records = parse(text, { bom: true, relax_column_count: false }) as string[][];
    expect(records.every((r) => r.length === header.length)).toBe(true);
  });

  it("claims: one row per claim that survives commas, quotes, newlines and Chinese text", async () => {
    const { rows: claims } = await table(claimsCsv);
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
    expect(quote.published_at).toBe("2025-04-21T02:00:00.000Z");
    expect(quote.url).toBe("https://claimdesk.example.org/bulletins/bul_1/report#claim-clm_2");
    expect(claims[4].verdict).toBe("");
    expect(claims[5].published_at).toBe("");
  });

  it("figures: one row per figure, tied to its claim, dates without a year written out", async () => {
    const { rows: figures } = await table(figuresCsv);
    expect(figures.map((f) => [f.claim_number, f.figure_id])).toEqual([
      ["1", "fig_1a"], ["1", "fig_1b"], ["2", "fig_2a"], ["2", "fig_2b"], ["6", "fig_6a"], ["6", "fig_6b"], ["6", "fig_6c"], ["6", "fig_6d"],
    ]);
    expect(figures[1]).toMatchObject({ figure_text: "18%", check: "WITHIN_ROUNDING", check_label: "四舍五入范围内", source_value: "17.6", relative_difference: "0.0227", check_note: "公报为17.6%，四舍五入" });
    expect(figures[3]).toMatchObject({ currency: "CNY", source_value: "" });
    expect(figures[4]).toMatchObject({ kind: "date-range", value: "3月1日", value_max: "4月26日" });
    expect(figures[6]).toMatchObject({ kind: "date", value: "2020-03-01" });
    expect(figures.map((f) => f.value).join(" ")).not.toContain("--");
    const english = (await table(figuresCsv, sampleReport({ language: "en" }))).rows;
    expect(english[4]).toMatchObject({ value: "1 March", value_max: "26 April" });
  });

  it("defuses cells a spreadsheet would run as formulas, and keeps negative numbers", async () => {
    const { rows: claims } = await table(claimsCsv);
    const { rows: figures } = await table(figuresCsv);
    expect(figures[2].check_note).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(claims[4].statement.startsWith("'=1+1")).toBe(true);
    expect(spreadsheetSafe("-3.5")).toBe("-3.5");
    expect(spreadsheetSafe("-cmd")).toBe("'-cmd");
    expect(spreadsheetSafe("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(spreadsheetSafe(null)).toBe("");
  });
});
