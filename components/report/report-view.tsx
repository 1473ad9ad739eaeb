import type { ReportBulletin, ReportClaim, ReportVerdict } from "@/lib/export/model";
import type { EvidenceMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/catalogue";
import type { ReportMessages } from "@/lib/i18n/catalogue";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";

type Props = {
  bulletin: ReportBulletin;
  claims: ReportClaim[];
  locale: Locale;
  r: ReportMessages;
  w: WorkspaceMessages;
  e: EvidenceMessages;
  /** Where a reader of this report can open a stored snapshot. */
  snapshotHref: (sourceId: string, snapshotId: string) => string;
};

const VERDICTS: ReportVerdict[] = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"];

/** Only web links become links; anything else is shown as text. */
function SafeLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  if (!href || !/^https?:\/\//i.test(href)) return <>{children}</>;
  return <a href={href} rel="noopener noreferrer" target="_blank">{children}</a>;
}

/** The readable report: metadata, a summary with a small chart, then every claim with its evidence. */
export function ReportView({ bulletin, claims, locale, r, w, e, snapshotHref }: Props) {
  const dateTime = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 6 });
  const value = (v: string | null) => (v == null ? "—" : /^-?\d+(\.\d+)?$/.test(v) ? number.format(Number(v)) : v);
  const { summary } = bulletin;
  const maxVerdict = Math.max(1, ...VERDICTS.map((v) => summary.byVerdict[v]));
  return (
    <article className="report" lang={bulletin.language === "zh" ? "zh-CN" : "en"}>
      <header className="report-head">
        <p className="muted">{r.report} · {bulletin.organisation.name}</p>
        <h1>{bulletin.title}</h1>
        <dl className="facts">
          {bulletin.publisher && (<><dt>{r.publisher}</dt><dd>{bulletin.publisher}</dd></>)}
          {bulletin.publishedOn && (<><dt>{r.published}</dt><dd>{date.format(new Date(bulletin.publishedOn))}</dd></>)}
          {bulletin.sourceUrl && (<><dt>{r.original}</dt><dd><SafeLink href={bulletin.sourceUrl}>{bulletin.sourceUrl}</SafeLink></dd></>)}
          <dt>{r.generated}</dt><dd>{dateTime.format(new Date(bulletin.generatedAt))} UTC</dd>
        </dl>
      </header>
      <section className="report-summary card" aria-labelledby="summary-title">
        <h2 id="summary-title">{r.summary}</h2>
        <p><strong>{summary.total}</strong> {r.claimsInReport} · <strong>{summary.verified}</strong> {r.verifiedShare} ({summary.total ? Math.round((100 * summary.verified) / summary.total) : 0}%)</p>
        <div className="verdict-chart" role="img" aria-label={VERDICTS.map((v) => `${w[`verdict${v}`]} ${summary.byVerdict[v]}`).join(", ")}>
          {VERDICTS.map((v) => (
            <div key={v} className="verdict-bar-row">
              <span className="verdict-name">{w[`verdict${v}`]}</span>
              <span className="verdict-bar"><span className={`fill v-${v}`} style={{ width: `${(100 * summary.byVerdict[v]) / maxVerdict}%` }} /></span>
              <span className="verdict-count">{summary.byVerdict[v]}</span>
            </div>
          ))}
        </div>
      </section>
      {claims.length === 0 && <p className="card empty">{r.noClaims}</p>}
      {claims.map((c) => (
        <section key={c.id} id={`claim-${c.id}`} className="report-claim card">
          <header>
            <a href={`#claim-${c.id}`} className="claim-number">#{c.number}</a>
            {c.verdict && <span className={`badge v-${c.verdict}`}>{w[`verdict${c.verdict}`]}</span>}
            {c.status !== "VERIFIED" && <span className="badge">{w[`status${c.status}`]}</span>}
          </header>
          <blockquote className="statement">{c.statement}</blockquote>
          {c.speaker && <p className="muted">{r.speaker}: {c.speaker}</p>}
          {c.rationale && (<><h3>{r.rationale}</h3><p className="rationale">{c.rationale}</p></>)}
          {c.figures.length > 0 && (
            <>
              <h3>{r.figures}</h3>
              <table className="data">
                <thead><tr><th>{r.claimValue}</th><th>{r.sourceValue}</th><th>{r.result}</th></tr></thead>
                <tbody>
                  {c.figures.map((f) => (
                    <tr key={f.id}>
                      <td><code>{f.text}</code> = {value(f.value)}{f.valueMax ? ` – ${value(f.valueMax)}` : ""} {f.currency ?? f.unit ?? ""}</td>
                      <td>{value(f.sourceValue)}{f.sourceTitle && <span className="muted"> · {f.sourceTitle}</span>}</td>
                      <td>
                        <span className={`badge check-${f.check}`}>{e[`result${f.check}`]}</span>
                        {f.relativeDifference != null && ` ${(f.relativeDifference * 100).toFixed(1)}%`}
                        {f.checkNote && <div className="muted small">{f.checkNote}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {c.evidence.length > 0 && (
            <>
              <h3>{r.evidence}</h3>
              {c.evidence.map((ev) => (
                <figure key={ev.id} className={`report-evidence st-${ev.stance}`}>
                  <span className={`badge stance-${ev.stance}`}>{e[`stance${ev.stance}`]}</span>
                  <blockquote>{ev.exact}</blockquote>
                  {ev.note && <p className="small">{ev.note}</p>}
                  <figcaption className="small">
                    — <SafeLink href={ev.source.url}>{ev.source.title}</SafeLink>
                    {ev.source.publisher && `, ${ev.source.publisher}`}
                    {ev.source.publishedOn && `, ${ev.source.publishedOn}`}
                    {" · "}<a href={snapshotHref(ev.source.id, ev.snapshotId)}>{r.snapshot} ({dateTime.format(new Date(ev.snapshotTakenAt))})</a>
                  </figcaption>
                </figure>
              ))}
            </>
          )}
          <footer className="muted small">
            {c.proposedBy && <>{r.reviewedBy} {c.proposedBy}{c.proposedAt && `, ${dateTime.format(new Date(c.proposedAt))}`}</>}
            {c.approvedBy && <> · {r.approvedBy} {c.approvedBy}{c.approvedAt && `, ${dateTime.format(new Date(c.approvedAt))}`}</>}
          </footer>
        </section>
      ))}
    </article>
  );
}
