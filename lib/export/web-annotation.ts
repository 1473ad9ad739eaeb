import { describeSelection } from "@/lib/evidence/selectors";
import type { Report, ReportBulletin, ReportClaim, ReportEvidence } from "./model";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
const RFC7111 = "https://tools.ietf.org/rfc/rfc7111";

type JsonObject = Record<string, unknown>;

/**
 * The W3C model defines `assessing`, but the published anno.jsonld context has no term for it (the
 * other motivations are there), so the short name would expand to a relative IRI. The compact IRI
 * expands to oa:assessing with that same context. Context evidence describes rather than assesses.
 */
const MOTIVATION: Record<ReportEvidence["stance"], string> = {
  SUPPORTS: "oa:assessing",
  REFUTES: "oa:assessing",
  CONTEXT: "describing",
};

function base(bulletin: ReportBulletin): string {
  return bulletin.baseUrl.replace(/\/+$/, "");
}

function quoteSelector(exact: string, prefix: string, suffix: string): JsonObject {
  const selector: JsonObject = { type: "TextQuoteSelector", exact };
  // The model allows prefix and suffix to be absent, not empty.
  if (prefix) selector.prefix = prefix;
  if (suffix) selector.suffix = suffix;
  return selector;
}

/** The claim's words in the bulletin's cleaned text, which the claim's offsets index. */
function bulletinTarget(bulletin: ReportBulletin, claim: ReportClaim): JsonObject {
  const { quote, position } = describeSelection(bulletin.cleanText, claim.start, claim.end);
  return {
    type: "SpecificResource",
    source: bulletin.reportUrl,
    selector: [
      quoteSelector(quote.exact, quote.prefix, quote.suffix),
      { type: "TextPositionSelector", start: position.start, end: position.end },
    ],
  };
}

/** The quoted passage in the stored snapshot of the source. */
function snapshotTarget(bulletin: ReportBulletin, e: ReportEvidence): JsonObject {
  const selector: JsonObject[] = [quoteSelector(e.exact, e.prefix, e.suffix)];
  // An orphaned passage's offsets no longer hold, and two selectors must identify the same text.
  if (e.anchor !== "ORPHANED") selector.push({ type: "TextPositionSelector", start: e.start, end: e.end });
  // A table cell as RFC 7111 names it in the CSV (an XLSX cell as `sheet=…&cell=B7`, the same form).
  if (e.anchor !== "ORPHANED" && e.fragment) selector.push({ type: "FragmentSelector", conformsTo: RFC7111, value: e.fragment });
  return {
    type: "SpecificResource",
    source: `${base(bulletin)}/sources/${e.source.id}/snapshots/${e.snapshotId}`,
    selector,
  };
}

export function evidenceAnnotation(bulletin: ReportBulletin, claim: ReportClaim, e: ReportEvidence): JsonObject {
  // Stance as a tag (machine-readable), the checker's note as a comment.
  const body: JsonObject[] = [{ type: "TextualBody", purpose: "tagging", value: e.stance.toLowerCase() }];
  if (e.note?.trim()) body.push({ type: "TextualBody", purpose: "commenting", value: e.note.trim(), format: "text/plain" });
  return {
    "@context": ANNO_CONTEXT,
    id: `${base(bulletin)}/annotations/${e.id}`,
    type: "Annotation",
    motivation: MOTIVATION[e.stance],
    created: e.createdAt,
    creator: { type: "Person", name: e.createdBy },
    body,
    target: [bulletinTarget(bulletin, claim), snapshotTarget(bulletin, e)],
  };
}

/**
 * An AnnotationCollection with one page holding one Annotation per piece of evidence. JSON members
 * are unordered, so `total` is written after the items, once it is known.
 */
export async function* webAnnotationReport(report: Report): AsyncIterable<string> {
  const { bulletin } = report;
  const head = {
    "@context": ANNO_CONTEXT,
    id: `${bulletin.reportUrl}#annotations`,
    type: "AnnotationCollection",
    label: bulletin.title,
  };
  const page = { id: `${bulletin.reportUrl}#annotations-page-1`, type: "AnnotationPage", startIndex: 0 };
  yield `${JSON.stringify(head).slice(0, -1)},"first":${JSON.stringify(page).slice(0, -1)},"items":[`;
  let total = 0;
  for await (const claim of report.claims) {
    for (const evidence of claim.evidence) {
      yield (total === 0 ? "\n" : ",\n") + JSON.stringify(evidenceAnnotation(bulletin, claim, evidence));
      total += 1;
    }
  }
  yield `\n]},"total":${total}}\n`;
}
