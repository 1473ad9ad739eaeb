import type { StatusCounts } from "@/lib/bulletins/queries";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";

const ORDER = ["VERIFIED", "IN_REVIEW", "IN_PROGRESS", "UNVERIFIED", "DISMISSED"] as const;

/** Verified of all non-dismissed claims, with every status as a coloured segment. */
export function ProgressBar({ counts, w }: { counts: StatusCounts; w: WorkspaceMessages }) {
  const total = ORDER.reduce((sum, s) => sum + counts[s], 0);
  const checkable = total - counts.DISMISSED;
  return (
    <div className="progress">
      <div className="progress-track" role="progressbar" aria-label={w.progress} aria-valuemin={0} aria-valuemax={checkable} aria-valuenow={counts.VERIFIED} aria-valuetext={`${counts.VERIFIED} / ${checkable} ${w.verifiedOf}`}>
        {ORDER.map((s) =>
          counts[s] > 0 ? <span key={s} className={`seg status-${s}`} style={{ width: `${(100 * counts[s]) / Math.max(total, 1)}%` }} title={`${w[`status${s}`]}: ${counts[s]}`} /> : null,
        )}
      </div>
      <div className="progress-legend">
        <strong>{counts.VERIFIED} / {checkable}</strong> {w.verifiedOf}
        {ORDER.filter((s) => s !== "VERIFIED" && counts[s] > 0).map((s) => (
          <span key={s} className="legend-item"><i className={`dot status-${s}`} />{w[`status${s}`]} {counts[s]}</span>
        ))}
      </div>
    </div>
  );
}
