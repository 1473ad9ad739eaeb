import { stringify } from "csv-stringify/sync";
import { reportLabels } from "./labels";
import { claimUrl, httpUrl } from "./links";
import type { Report, ReportBulletin, ReportClaim } from "./model";
import { spreadsheetSafe, type Cell } from "./spreadsheet-cell";

// Every field quoted and CRLF rows: what spreadsheet software parses without guessing.
const OPTIONS = { quoted: true, quoted_empty: true, record_delimiter: "windows" } as const;

const CLAIM_COLUMNS = [
  "claim_number", "claim_id", "statement", "claim_text", "kind", "speaker", "status", "verdict", "verdict_label",
  "rationale", "figures", "evidence", "proposed_by", "proposed_at", "approved_by", "approved_at", "url",
] as const;

const FIGURE_COLUMNS = [
  "claim_number", "claim_id", "figure_id", "figure_text", "kind", "value", "value_max", "approx", "unit", "currency",
  "check", "check_label", "source_value", "relative_difference", "check_note", "source_id", "source_title",
  "checked_by", "checked_at",
] as const;

function row(cells: Cell[]): string {
  return stringify([cells.map(spreadsheetSafe)], OPTIONS);
}

function claimRow(bulletin: ReportBulletin, claim: ReportClaim): string {
  const labels = reportLabels(bulletin.language);
  return row([
    claim.number, claim.id, claim.statement, claim.text, claim.kind, claim.speaker, claim.status, claim.verdict,
    claim.verdict ? labels.verdicts[claim.verdict] : "", claim.rationale, claim.figures.length, claim.evidence.length,
    claim.proposedBy, claim.proposedAt, claim.approvedBy, claim.approvedAt, httpUrl(claimUrl(bulletin, claim.id)),
  ]);
}

function figureRows(bulletin: ReportBulletin, claim: ReportClaim): string {
  const labels = reportLabels(bulletin.language);
  return claim.figures
    .map((f) => row([
      claim.number, claim.id, f.id, f.text, f.kind, f.value, f.valueMax, f.approx, f.unit, f.currency, f.check,
      labels.checks[f.check], f.sourceValue, f.relativeDifference, f.checkNote, f.sourceId, f.sourceTitle,
      f.checkedBy, f.checkedAt,
    ]))
    .join("");
}

/**
 * One file, two sections: claims (one row per claim), a blank line, then figures (one row per
 * figure), each with its own header. UTF-8 with a BOM so spreadsheet software reads Chinese as UTF-8.
 *
 * The figures come after every claim, so they need a second pass over the claims. When
 * `report.claims` hands out a fresh iterator per call (a re-queryable source), it is read twice and
 * memory stays flat; a one-shot iterator (an async generator) cannot be re-read, so its figure rows
 * are kept as CSV text until the claims are done: a few hundred bytes per figure.
 */
export async function* csvReport(report: Report): AsyncIterable<string> {
  const { bulletin, claims } = report;
  const first = claims[Symbol.asyncIterator]();
  const oneShot = (first as unknown) === claims;
  const pending: string[] = [];
  yield "\uFEFF" + row([...CLAIM_COLUMNS]);
  for await (const claim of { [Symbol.asyncIterator]: () => first }) {
    yield claimRow(bulletin, claim);
    if (oneShot && claim.figures.length) pending.push(figureRows(bulletin, claim));
  }
  yield "\r\n" + row([...FIGURE_COLUMNS]);
  if (oneShot) {
    yield* pending.splice(0);
    return;
  }
  for await (const claim of claims) {
    const rows = figureRows(bulletin, claim);
    if (rows) yield rows;
  }
}
