import type { ReportLabels } from "./labels";
import type { ReportBulletin, ReportVerdict } from "./model";

const VERDICT_ORDER: readonly ReportVerdict[] = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"];

/** Verdict counts in a fixed order, so every format lists them the same way. */
export function verdictCounts(summary: ReportBulletin["summary"]): { verdict: ReportVerdict; count: number }[] {
  return VERDICT_ORDER.map((verdict) => ({ verdict, count: summary.byVerdict[verdict] ?? 0 }));
}

/** "42 %" style share of verified claims; an empty report is 0 %, not NaN. */
export function verifiedShare(summary: ReportBulletin["summary"]): string {
  if (summary.total <= 0) return "0%";
  return `${Math.round((summary.verified / summary.total) * 1000) / 10}%`;
}

/** "1 of 43 claims verified": always over the whole bulletin, whatever the report shows. */
export function verifiedOf(summary: ReportBulletin["summary"], labels: Pick<ReportLabels, "verifiedOf">): string {
  return labels.verifiedOf.replace("{verified}", String(summary.verified)).replace("{total}", String(summary.total));
}
