import type { ReportBulletin, ReportVerdict } from "@/lib/export/model";
import { type ReportMessages, type WorkspaceMessages } from "@/lib/i18n/catalogue";

const VERDICTS: ReportVerdict[] = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"];

const fill = (template: string, values: Record<string, unknown>) => template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ""));

/** Counts over the whole bulletin ("1 of 43 claims verified") and a small chart of the verdicts. */
export function ReportSummary({ bulletin, r, w }: { bulletin: ReportBulletin; r: ReportMessages; w: WorkspaceMessages }) {
  const { summary } = bulletin;
  const maxVerdict = Math.max(1, ...VERDICTS.map((v) => summary.byVerdict[v]));
  const counts = bulletin.audience === "public"
    ? [fill(r.publishedOf, summary)]
    : [fill(r.verifiedOf, summary), fill(r.publishedCount, summary), fill(r.shownCount, summary)];
  return (
    <section className="report-summary card" aria-labelledby="summary-title">
      <h2 id="summary-title">{r.summary}</h2>
      <p data-testid="report-counts">{counts.join(" · ")}</p>
      <div className="verdict-chart" role="img" aria-label={VERDICTS.map((v) => `${w[`verdict${v}`]} ${summary.byVerdict[v]}`).join(", ")}>
        {VERDICTS.map((v) => (
          <div key={v} className="verdict-bar-row">
            <span className="verdict-name">{w[`verdict${v}`]}</span>
            <span className="verdict-bar"><span className={`fill v-${v}`} style={{ width: `${(100 * summary.byVerdict[v]) / maxVerdict}%` }} /></span>
            <span className="verdict-count">{summary.byVerdict[v]}</span>
          </div>
        ))}
      </div>
      {bulletin.audience === "public" && <p className="muted small">{r.publicNote}</p>}
    </section>
  );
}
