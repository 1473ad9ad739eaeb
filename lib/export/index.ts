import { claimReviewReport } from "./claim-review";
import { csvReport } from "./csv";
import { htmlReport } from "./html";
import { jsonReport } from "./json";
import { markdownReport } from "./markdown";
import type { ExportFormat, Report } from "./model";
import { webAnnotationReport } from "./web-annotation";

export * from "./model";
export { markdownReport } from "./markdown";
export { htmlReport } from "./html";
export { csvReport } from "./csv";
export { spreadsheetSafe } from "./spreadsheet-cell";
export { jsonReport } from "./json";
export { claimReviewReport, claimReview, isReviewed, reviewRating } from "./claim-review";
export { webAnnotationReport, evidenceAnnotation, ANNO_CONTEXT } from "./web-annotation";
export { VERDICT_RATINGS, BEST_RATING, WORST_RATING } from "./ratings";
export { reportLabels, reportLanguage, verdictLabel, type ReportLabels, type ReportLanguage } from "./labels";
export { claimAnchor, claimUrl, snapshotUrl, httpUrl } from "./links";
export { verdictCounts, verifiedShare } from "./summary";
export { displayDateTime, figureValue, relativeDifference } from "./format";
export { streamToString } from "./stream";

export interface ExportedReport {
  contentType: string;
  fileExtension: string;
  chunks: AsyncIterable<string>;
}

const FORMATS: Record<ExportFormat, { contentType: string; fileExtension: string; write: (r: Report) => AsyncIterable<string> }> = {
  md: { contentType: "text/markdown; charset=utf-8", fileExtension: "md", write: markdownReport },
  html: { contentType: "text/html; charset=utf-8", fileExtension: "html", write: htmlReport },
  csv: { contentType: "text/csv; charset=utf-8", fileExtension: "csv", write: csvReport },
  json: { contentType: "application/json; charset=utf-8", fileExtension: "json", write: jsonReport },
  claimreview: { contentType: "application/ld+json; charset=utf-8", fileExtension: "claimreview.jsonld", write: claimReviewReport },
  annotations: {
    // The media type the Web Annotation Protocol names for this context.
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    fileExtension: "annotations.jsonld",
    write: webAnnotationReport,
  },
};

/** The chosen format's chunks, with what a route handler needs for its response headers. */
export function exportReport(report: Report, format: ExportFormat): ExportedReport {
  const { contentType, fileExtension, write } = FORMATS[format];
  return { contentType, fileExtension, chunks: write(report) };
}
