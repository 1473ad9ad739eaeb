import { claimReviewReport } from "./claim-review";
import { claimsCsv, figuresCsv } from "./csv";
import { htmlReport } from "./html";
import { jsonReport } from "./json";
import { markdownReport } from "./markdown";
import type { ExportFormat, Report } from "./model";
import { webAnnotationReport } from "./web-annotation";
import { xlsxReport } from "./xlsx";

export * from "./model";
export { markdownReport } from "./markdown";
export { htmlReport } from "./html";
export { claimsCsv, figuresCsv } from "./csv";
export { spreadsheetSafe } from "./spreadsheet-cell";
export { xlsxReport } from "./xlsx";
export { contentDisposition, exportFileName } from "./filename";
export { displayDate, displayFigureValue } from "./dates";
export { jsonReport } from "./json";
export { claimReviewReport, claimReview, reviewRating } from "./claim-review";
export { webAnnotationReport, evidenceAnnotation, ANNO_CONTEXT } from "./web-annotation";
export { VERDICT_RATINGS, BEST_RATING, WORST_RATING } from "./ratings";
export { reportLabels, reportLanguage, verdictLabel, type ReportLabels, type ReportLanguage } from "./labels";
export { claimAnchor, claimUrl, snapshotUrl, httpUrl } from "./links";
export { verdictCounts, verifiedOf, verifiedShare } from "./summary";
export { displayDateTime, figureValue, relativeDifference } from "./format";
export { streamToBuffer, streamToString } from "./stream";

export interface ExportedReport {
  contentType: string;
  /** What the file holds, after the bulletin's title and date: `claims.xlsx`, `figures.csv`, … */
  fileSuffix: string;
  chunks: AsyncIterable<string | Uint8Array>;
}

type Format = { contentType: string; fileSuffix: string; write: (r: Report) => AsyncIterable<string | Uint8Array> };

const FORMATS: Record<ExportFormat, Format> = {
  md: { contentType: "text/markdown; charset=utf-8", fileSuffix: "report.md", write: markdownReport },
  html: { contentType: "text/html; charset=utf-8", fileSuffix: "report.html", write: htmlReport },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileSuffix: "claims.xlsx", write: xlsxReport },
  csv: { contentType: "text/csv; charset=utf-8", fileSuffix: "claims.csv", write: claimsCsv },
  "figures-csv": { contentType: "text/csv; charset=utf-8", fileSuffix: "figures.csv", write: figuresCsv },
  json: { contentType: "application/json; charset=utf-8", fileSuffix: "report.json", write: jsonReport },
  claimreview: { contentType: "application/ld+json; charset=utf-8", fileSuffix: "claimreview.jsonld", write: claimReviewReport },
  annotations: {
    // The media type the Web Annotation Protocol names for this context.
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    fileSuffix: "annotations.jsonld",
    write: webAnnotationReport,
  },
};

/** The chosen format's chunks, with what a route handler needs for its response headers. */
export function exportReport(report: Report, format: ExportFormat): ExportedReport {
  const { contentType, fileSuffix, write } = FORMATS[format];
  return { contentType, fileSuffix, chunks: write(report) };
}
