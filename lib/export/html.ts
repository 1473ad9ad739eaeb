import { displayDate } from "./dates";
import { byAt, displayDateTime, figureValue, relativeDifference } from "./format";
import { printPageCss, REPORT_CSS } from "./html-style";
import { esc, escLines, htmlLink } from "./html-text";
import { reportLabels, reportLanguage, type ReportLabels } from "./labels";
import { claimAnchor, httpUrl, snapshotUrl } from "./links";
import type { Report, ReportBulletin, ReportClaim, ReportEvidence, ReportFigure } from "./model";
import { verdictCounts, verifiedOf, verifiedShare } from "./summary";

/** The report as one standalone HTML document: head, one `<section>` per claim, foot. */
export async function* htmlReport(report: Report): AsyncIterable<string> {
  const { bulletin } = report;
  const labels = reportLabels(bulletin.language);
  yield head(bulletin, labels);
  for await (const claim of report.claims) yield claimSection(bulletin, claim, labels);
  yield "</main>\n</body>\n</html>\n";
}

function head(bulletin: ReportBulletin, l: ReportLabels): string {
  const title = bulletin.title || l.untitled;
  const original = httpUrl(bulletin.sourceUrl);
  const facts: [string, string | null][] = [
    [l.publisher, bulletin.publisher && esc(bulletin.publisher)],
    [l.publishedOn, bulletin.publishedOn && esc(displayDate(bulletin.publishedOn, bulletin.language))],
    [l.sourceUrl, original && htmlLink(original, original)],
    [l.importedBy, esc(byAt(bulletin.importedBy, bulletin.importedAt))],
    [l.generatedAt, esc(displayDateTime(bulletin.generatedAt))],
  ];
  const counts = verdictCounts(bulletin.summary)
    .map(({ verdict, count }) => `<tr><td>${esc(l.verdicts[verdict])}</td><td class="num">${count}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="${esc(reportLanguage(bulletin.language) === "zh" ? "zh-CN" : "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ${esc(l.report)}</title>
<style>${REPORT_CSS}${printPageCss(title, l)}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="kicker">${esc(l.report)}</p>
<dl class="facts">
${facts.filter(([, v]) => v).map(([label, value]) => `<dt>${esc(label)}</dt><dd>${value}</dd>`).join("\n")}
</dl>
</header>
<section id="summary">
<h2>${esc(l.summary)}</h2>
<p class="verified-of">${esc(verifiedOf(bulletin.summary, l))}</p>
<table>
<thead><tr><th>${esc(l.verdict)}</th><th>${esc(l.count)}</th></tr></thead>
<tbody>
${counts}
</tbody>
<tfoot>
<tr><th>${esc(l.total)}</th><td class="num">${bulletin.summary.total}</td></tr>
<tr><th>${esc(l.verifiedShare)}</th><td class="num">${esc(verifiedShare(bulletin.summary))}</td></tr>
<tr><th>${esc(l.claimsPublished)}</th><td class="num">${bulletin.summary.published}</td></tr>
<tr><th>${esc(l.claimsShown)}</th><td class="num">${bulletin.summary.shown}</td></tr>
</tfoot>
</table>
</section>
<main>
<h2>${esc(l.claims)}</h2>
`;
}

function claimSection(bulletin: ReportBulletin, claim: ReportClaim, l: ReportLabels): string {
  const verdict = claim.verdict
    ? `<span class="verdict v-${esc(claim.verdict)}">${esc(l.verdicts[claim.verdict])}</span>`
    : `<span class="verdict">${esc(l.noVerdict)}</span>`;
  const facts: [string, string][] = [
    [l.status, esc(l.statuses[claim.status])],
    [l.verdict, verdict],
  ];
  if (claim.speaker) facts.push([l.speaker, esc(claim.speaker)]);
  facts.push([l.proposedBy, esc(byAt(claim.proposedBy, claim.proposedAt) ?? l.notYet)]);
  facts.push([l.approvedBy, esc(byAt(claim.approvedBy, claim.approvedAt) ?? l.notYet)]);
  facts.push([l.published, esc(byAt(claim.publishedBy, claim.publishedAt) ?? l.notPublished)]);
  const parts = [
    `<section class="claim" id="${esc(claimAnchor(claim.id))}">`,
    `<h3>${claim.number}. <span class="statement">${esc(claim.statement)}</span></h3>`,
    `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}</dl>`,
  ];
  if (claim.rationale?.trim()) parts.push(`<h4>${esc(l.rationale)}</h4>`, `<p class="rationale">${escLines(claim.rationale)}</p>`);
  if (claim.figures.length) parts.push(`<h4>${esc(l.figures)}</h4>`, figureTable(claim.figures, l, bulletin.language));
  if (claim.evidence.length) {
    parts.push(`<h4>${esc(l.evidence)}</h4>`, ...claim.evidence.map((e) => evidenceQuote(bulletin, e, l)));
  }
  parts.push("</section>\n");
  return parts.join("\n");
}

function figureTable(figures: ReportFigure[], l: ReportLabels, language: string): string {
  const rows = figures.map((f) => {
    const source = [f.sourceValue, f.sourceTitle && `(${f.sourceTitle})`].filter(Boolean).join(" ");
    const result = [l.checks[f.check], relativeDifference(f.relativeDifference), f.checkNote].filter(Boolean).join(" · ");
    return `<tr class="figure check-${esc(f.check)}"><td>${esc(f.text)}</td><td>${esc(figureValue(f, language))}</td><td>${esc(source)}</td><td>${esc(result)}</td></tr>`;
  });
  return `<table class="figures">
<thead><tr><th>${esc(l.figure)}</th><th>${esc(l.value)}</th><th>${esc(l.sourceValue)}</th><th>${esc(l.check)}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

function evidenceQuote(bulletin: ReportBulletin, e: ReportEvidence, l: ReportLabels): string {
  const url = httpUrl(e.source.url);
  const title = e.source.title || l.untitled;
  const credit = [
    url ? htmlLink(title, url) : `<cite>${esc(title)}</cite>`,
    e.source.publisher && esc(e.source.publisher),
    e.source.publishedOn && esc(displayDate(e.source.publishedOn, bulletin.language)),
  ].filter(Boolean);
  const snapshot = httpUrl(snapshotUrl(bulletin, e));
  if (snapshot) credit.push(htmlLink(l.snapshot, snapshot));
  const note = e.note ? `: <span class="note">${escLines(e.note)}</span>` : "";
  return `<blockquote class="evidence stance-${esc(e.stance)}"${url ? ` cite="${esc(url)}"` : ""}>
<p class="quote">${escLines(e.exact)}</p>
<footer>— ${credit.join(", ")}</footer>
</blockquote>
<p><span class="stance">${esc(l.stances[e.stance])}</span>${note}</p>`;
}
