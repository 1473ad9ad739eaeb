import type { Report } from "./model";

/**
 * `{ "bulletin": …, "claims": [ … ] }` with everything the model holds (figures, evidence with
 * sources, history), written claim by claim so the document is never held whole.
 */
export async function* jsonReport(report: Report): AsyncIterable<string> {
  yield `{"bulletin":${JSON.stringify(report.bulletin)},"claims":[`;
  let first = true;
  for await (const claim of report.claims) {
    yield (first ? "\n" : ",\n") + JSON.stringify(claim);
    first = false;
  }
  yield "\n]}\n";
}
