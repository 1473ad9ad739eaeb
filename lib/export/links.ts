import type { ReportBulletin, ReportEvidence } from "./model";

/** The URL when it is absolute http(s), else null: a `javascript:` or `data:` link is never rendered. */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** Inside the desk, a claim's anchor in the report; in public, the claim's own page (it carries the share card). */
export function claimUrl(bulletin: Pick<ReportBulletin, "reportUrl" | "audience">, claimId: string): string {
  return bulletin.audience === "public" ? `${bulletin.reportUrl}/claims/${encodeURIComponent(claimId)}` : `${bulletin.reportUrl}#${claimAnchor(claimId)}`;
}

export function snapshotUrl(bulletin: ReportBulletin, evidence: ReportEvidence): string {
  return `${bulletin.baseUrl.replace(/\/+$/, "")}/sources/${evidence.source.id}/snapshots/${evidence.snapshotId}`;
}
