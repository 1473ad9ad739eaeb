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

export function claimUrl(bulletin: ReportBulletin, claimId: string): string {
  return `${bulletin.reportUrl}#${claimAnchor(claimId)}`;
}

export function snapshotUrl(bulletin: ReportBulletin, evidence: ReportEvidence): string {
  return `${bulletin.baseUrl.replace(/\/+$/, "")}/sources/${evidence.source.id}/snapshots/${evidence.snapshotId}`;
}
