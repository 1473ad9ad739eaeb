import type { ReportMessages } from "@/lib/i18n/catalogue";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";

const VERDICTS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] as const;

/**
 * A plain GET form: filters live in the URL, so a filtered report can be linked and printed. The
 * public report has no scope to choose (it shows published claims), only the verdict.
 */
export function ReportFilters({ scope, verdict, r, w }: { scope?: string; verdict?: string; r: ReportMessages; w: WorkspaceMessages }) {
  return (
    <form className="report-filters inline-form wrap no-print" method="get">
      {scope && (
        <>
          <label htmlFor="scope">{r.scope}</label>
          <select id="scope" name="scope" defaultValue={scope}>
            <option value="verified">{r.scopeVerified}</option>
            <option value="all">{r.scopeAll}</option>
          </select>
        </>
      )}
      <label htmlFor="verdict">{r.verdict}</label>
      <select id="verdict" name="verdict" defaultValue={verdict ?? ""}>
        <option value="">{r.anyVerdict}</option>
        {VERDICTS.map((v) => <option key={v} value={v}>{w[`verdict${v}`]}</option>)}
      </select>
      <button type="submit" className="button secondary small">{r.apply}</button>
    </form>
  );
}
