import type { ReportBulletin, ReportClaim } from "@/lib/export/model";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { ReportClaimSection, type ClaimLinks } from "./report-claim";
import { ReportSummary } from "./report-summary";
import { type EvidenceMessages, type Locale, type ReportMessages, type WorkspaceMessages } from "@/lib/i18n/catalogue";

type Props = {
  bulletin: ReportBulletin;
  claims: ReportClaim[];
  locale: Locale;
  r: ReportMessages;
  w: WorkspaceMessages;
  e: EvidenceMessages;
  /** Where a reader of this report can open a stored snapshot. */
  snapshotHref: (sourceId: string, snapshotId: string) => string;
  /** A claim's own page and share cards, where the reader has them. */
  linksFor: (claim: ReportClaim) => ClaimLinks;
  /** For editors on the internal report: each claim's version, for the publish controls. */
  publishVersions?: Record<string, number>;
};

/** The readable report: metadata, a summary of the whole bulletin, then every claim with its evidence. */
export function ReportView({ bulletin, claims, locale, r, w, e, snapshotHref, linksFor, publishVersions }: Props) {
  const { dateTime, day: date } = readerFormats(locale);
  const original = bulletin.sourceUrl && /^https?:\/\//i.test(bulletin.sourceUrl) ? bulletin.sourceUrl : null;
  return (
    <article className="report" lang={bulletin.language === "zh" ? "zh-CN" : "en"}>
      <header className="report-head">
        <p className="muted">{r.report} · {bulletin.organisation.name}</p>
        <h1>{bulletin.title}</h1>
        <dl className="facts">
          {bulletin.publisher && (<><dt>{r.publisher}</dt><dd>{bulletin.publisher}</dd></>)}
          {bulletin.publishedOn && (<><dt>{r.published}</dt><dd>{date.format(new Date(bulletin.publishedOn))}</dd></>)}
          {bulletin.sourceUrl && (<><dt>{r.original}</dt><dd>{original ? <a href={original} rel="noopener noreferrer" target="_blank">{original}</a> : bulletin.sourceUrl}</dd></>)}
          <dt>{r.generated}</dt><dd>{dateTime.format(new Date(bulletin.generatedAt))} UTC</dd>
        </dl>
      </header>
      <ReportSummary bulletin={bulletin} r={r} w={w} />
      {claims.length === 0 && <p className="card empty">{r.noClaims}</p>}
      {claims.map((c) => (
        <ReportClaimSection
          key={c.id}
          claim={c}
          locale={locale}
          r={r}
          w={w}
          e={e}
          snapshotHref={snapshotHref}
          links={linksFor(c)}
          publishVersion={publishVersions?.[c.id]}
        />
      ))}
    </article>
  );
}
