import { stringify } from "csv-stringify/sync";
import { reportLabels } from "./labels";
import { claimUrl, httpUrl } from "./links";
import { figureCellValue } from "./dates";
import type { Report, ReportBulletin, ReportClaim } from "./model";
import { spreadsheetSafe, type Cell } from "./spreadsheet-cell";

// Every field quoted and CRLF rows: what spreadsheet software parses without guessing.
const OPTIONS = { quoted: true, quoted_empty: true, record_delimiter: "windows" } as const;

const CLAIM_COLUMNS = [
  "claim_number", "claim_id", "statement", "claim_text", "kind", "speaker", "status", "verdict", "verdict_label",
  "rationale", "figures", "evidence", "proposed_by", "proposed_at", "approved_by", "approved_at", "published_at", "url",
] as const;

const FIGURE_COLUMNS = [
  "claim_number", "claim_id", "figure_id", "figure_text", "kind", "value", "value_max", "approx", "unit", "currency",
  "check", "check_label", "source_value", "relative_difference", "check_note", "source_id", "source_title",
  "checked_by", "checked_at", "vague",
] as const;

function row(cells: Cell[]): string {
  return stringify([cells.map(spreadsheetSafe)], OPTIONS);
}

function claimRow(bulletin: ReportBulletin, claim: ReportClaim): string {
  const labels = reportLabels(bulletin.language);
  return row([
    claim.number, claim.id, claim.statement, claim.text, claim.kind, claim.speaker, claim.status, claim.verdict,
    claim.verdict ? labels.verdicts[claim.verdict] : "", claim.rationale, claim.figures.length, claim.evidence.length,
    claim.proposedBy, claim.proposedAt, claim.approvedBy, claim.approvedAt, claim.publishedAt,
    httpUrl(claimUrl(bulletin, claim.id)),
  ]);
}

function figureRows(bulletin: ReportBulletin, claim: ReportClaim): string {
  const labels = reportLabels(bulletin.language);
  return claim.figures
    .map((f) => row([
      claim.number, claim.id, f.id, f.text, f.kind, figureCellValue(f.kind, f.value, bulletin.language),
      f.valueMax && figureCellValue(f.kind, f.valueMax, bulletin.language), f.approx, f.unit, f.currency, f.check,
      labels.checks[f.check], f.sourceValue, f.relativeDifference, f.checkNote, f.sourceId, f.sourceTitle,
      f.checkedBy, f.checkedAt, f.vague ? "true" : "false",
    ]))
    .join("");
}

// UTF-8 with a BOM so spreadsheet software reads Chinese as UTF-8. One table per file: a
// spreadsheet opens each without misaligned columns.

/** The claims, one row per claim. */
export async function* claimsCsv(report: Report): AsyncIterable<string> {
  yield "\uFEFF" + row([...CLAIM_COLUMNS]);
  for await (const claim of report.claims) yield claimRow(report.bulletin, claim);
}

/** The figures, one row per figure, each tied to its claim by number and id. */
export async function* figuresCsv(report: Report): AsyncIterable<string> {
  yield "\uFEFF" + row([...FIGURE_COLUMNS]);
  for await (const claim of report.claims) {
    const rows = figureRows(report.bulletin, claim);
    if (rows) yield rows;
  }
}
