import { displayDate } from "./dates";
import { byAt, displayDateTime, figureValue, relativeDifference } from "./format";
import { reportLabels, type ReportLabels } from "./labels";
import { claimAnchor, httpUrl, snapshotUrl } from "./links";
import { mdBlock, mdCell, mdHeading, mdInline, mdLines, mdLineStart, mdLink } from "./markdown-text";
import type { Report, ReportBulletin, ReportClaim, ReportEvidence, ReportFigure } from "./model";
import { verdictCounts, verifiedOf, verifiedShare } from "./summary";

/** The report as Markdown, one chunk for the head and one per claim. */
export async function* markdownReport(report: Report): AsyncIterable<string> {
  const { bulletin } = report;
  const labels = reportLabels(bulletin.language);
  yield head(bulletin, labels);
  for await (const claim of report.claims) yield claimSection(bulletin, claim, labels);
}

function head(bulletin: ReportBulletin, l: ReportLabels): string {
  const original = httpUrl(bulletin.sourceUrl);
  const facts: [string, string | null][] = [
    [l.publisher, bulletin.publisher && mdInline(bulletin.publisher)],
    [l.publishedOn, bulletin.publishedOn && mdInline(displayDate(bulletin.publishedOn, bulletin.language))],
    [l.sourceUrl, original && mdLink(original, original)],
    [l.importedBy, mdInline(byAt(bulletin.importedBy, bulletin.importedAt) ?? "")],
    [l.generatedAt, mdInline(displayDateTime(bulletin.generatedAt))],
  ];
  const rows = verdictCounts(bulletin.summary).map(({ verdict, count }) => `| ${mdCell(l.verdicts[verdict])} | ${count} |`);
  const { summary } = bulletin;
  return [
    `# ${mdHeading(bulletin.title || l.untitled)}`,
    "",
    `*${mdInline(l.report)}*`,
    "",
    ...facts.filter(([, value]) => value).map(([label, value]) => `- **${mdInline(label)}**: ${value}`),
    "",
    `## ${mdHeading(l.summary)}`,
    "",
    mdLineStart(verifiedOf(summary, l)),
    "",
    `| ${mdCell(l.verdict)} | ${mdCell(l.count)} |`,
    "| --- | ---: |",
    ...rows,
    `| **${mdCell(l.total)}** | **${summary.total}** |`,
    `| **${mdCell(l.verifiedShare)}** | **${mdCell(verifiedShare(summary))}** |`,
    `| **${mdCell(l.claimsPublished)}** | **${summary.published}** |`,
    `| **${mdCell(l.claimsShown)}** | **${summary.shown}** |`,
    "",
    `## ${mdHeading(l.claims)}`,
    "",
    "",
  ].join("\n");
}

function claimSection(bulletin: ReportBulletin, claim: ReportClaim, l: ReportLabels): string {
  const lines: string[] = [
    // The anchor is raw HTML on purpose: heading ids differ between renderers, `#claim-…` must not.
    `<a id="${claimAnchor(claim.id).replace(/[^A-Za-z0-9_-]/g, "")}"></a>`,
    "",
    `### ${claim.number}. ${mdHeading(claim.statement)}`,
    "",
    `- **${mdInline(l.status)}**: ${mdInline(l.statuses[claim.status])}`,
    `- **${mdInline(l.verdict)}**: ${mdInline(claim.verdict ? l.verdicts[claim.verdict] : l.noVerdict)}`,
  ];
  if (claim.speaker) lines.push(`- **${mdInline(l.speaker)}**: ${mdInline(claim.speaker)}`);
  lines.push(`- **${mdInline(l.proposedBy)}**: ${mdInline(byAt(claim.proposedBy, claim.proposedAt) ?? l.notYet)}`);
  lines.push(`- **${mdInline(l.approvedBy)}**: ${mdInline(byAt(claim.approvedBy, claim.approvedAt) ?? l.notYet)}`);
  lines.push(`- **${mdInline(l.published)}**: ${mdInline(byAt(claim.publishedBy, claim.publishedAt) ?? l.notPublished)}`);
  if (claim.rationale?.trim()) lines.push("", `**${mdInline(l.rationale)}**`, "", mdBlock(claim.rationale));
  if (claim.figures.length) lines.push("", `#### ${mdInline(l.figures)}`, "", ...figureTable(claim.figures, l, bulletin.language));
  if (claim.evidence.length) {
    lines.push("", `#### ${mdInline(l.evidence)}`);
    for (const evidence of claim.evidence) lines.push("", ...evidenceQuote(bulletin, evidence, l));
  }
  lines.push("", "", "");
  return lines.join("\n");
}

function figureTable(figures: ReportFigure[], l: ReportLabels, language: string): string[] {
  return [
    `| ${mdCell(l.figure)} | ${mdCell(l.value)} | ${mdCell(l.sourceValue)} | ${mdCell(l.check)} |`,
    "| --- | --- | --- | --- |",
    ...figures.map((f) => {
      const source = [f.sourceValue, f.sourceTitle && `(${f.sourceTitle})`].filter(Boolean).join(" ");
      const result = [l.checks[f.check], relativeDifference(f.relativeDifference), f.checkNote].filter(Boolean).join(" · ");
      return `| ${mdCell(f.text)} | ${mdCell(figureValue(f, language))} | ${mdCell(source)} | ${mdCell(result)} |`;
    }),
  ];
}

function evidenceQuote(bulletin: ReportBulletin, e: ReportEvidence, l: ReportLabels): string[] {
  const url = httpUrl(e.source.url);
  const title = e.source.title || l.untitled;
  const credit = [
    url ? mdLink(title, url) : mdInline(title),
    e.source.publisher && mdInline(e.source.publisher),
    e.source.publishedOn && mdInline(displayDate(e.source.publishedOn, bulletin.language)),
  ].filter(Boolean);
  const snapshot = httpUrl(snapshotUrl(bulletin, e));
  if (snapshot) credit.push(mdLink(l.snapshot, snapshot));
  const quote = mdLines(e.exact).map((line) => `> ${line}`);
  const lines = [...quote, ">", `> — ${credit.join(", ")}`, "", `**${mdInline(l.stances[e.stance])}**${e.note ? `: ${mdInline(e.note)}` : ""}`];
  return lines;
}
