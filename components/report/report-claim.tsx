import { DATE_KINDS, displayFigureValue } from "@/lib/export/dates";
import type { ReportClaim, ReportFigure } from "@/lib/export/model";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { PUBLISH_FORM } from "./publish-form-id";
import { type EvidenceMessages, type Locale, type ReportMessages, type WorkspaceMessages } from "@/lib/i18n/catalogue";

export type ClaimLinks = {
  /** The claim's own public page, when the report is public. */
  page?: string;
  /** Its share cards, once it is published. */
  cards?: { landscape: string; square: string };
};

type Props = {
  claim: ReportClaim;
  locale: Locale;
  r: ReportMessages;
  w: WorkspaceMessages;
  e: EvidenceMessages;
  snapshotHref: (sourceId: string, snapshotId: string) => string;
  links: ClaimLinks;
  /** For an editor on the internal report: the version the publish controls send back. */
  publishVersion?: number;
};

/** Only web links become links; anything else is shown as text. */
function SafeLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  if (!href || !/^https?:\/\//i.test(href)) return <>{children}</>;
  return <a href={href} rel="noopener noreferrer" target="_blank">{children}</a>;
}

/** A figure's value as read: dates as dates, numbers grouped in the reader's way. */
function figureValue(f: ReportFigure, locale: Locale, number: (v: string | null) => string): string {
  if (DATE_KINDS.has(f.kind) || f.value === null) return displayFigureValue(f.kind, f.value, f.valueMax, locale);
  return `${number(f.value)}${f.valueMax ? ` – ${number(f.valueMax)}` : ""} ${f.currency ?? f.unit ?? ""}`.trim();
}

/** One claim of the report with its verdict, figures, evidence and who did what. */
export function ReportClaimSection({ claim: c, locale, r, w, e, snapshotHref, links, publishVersion }: Props) {
  const { dateTime, day, number } = readerFormats(locale);
  const selectable = publishVersion !== undefined && c.status === "VERIFIED";
  const value = `${c.id}:${publishVersion ?? 0}`;
  return (
    <section id={`claim-${c.id}`} className="report-claim card" data-testid="report-claim">
      <header>
        {selectable && (
          <input type="checkbox" name="claim" value={value} form={PUBLISH_FORM} aria-label={`${r.select} #${c.number}`} className="no-print" />
        )}
        <a href={links.page ?? `#claim-${c.id}`} className="claim-number" title={links.page ? r.permalink : undefined}>#{c.number}</a>
        {c.verdict && (c.status === "VERIFIED"
          ? <span className={`badge v-${c.verdict}`}>{w[`verdict${c.verdict}`]}</span>
          // Proposed, or a draft carried over from an imported sheet: not the desk's verdict yet.
          : <span className="badge draft">{r.notApproved}: {w[`verdict${c.verdict}`]}</span>)}
        {c.status !== "VERIFIED" && <span className="badge">{w[`status${c.status}`]}</span>}
        {c.status === "VERIFIED" && (publishVersion !== undefined || c.publishedAt) && (
          c.publishedAt
            ? <span className="badge ok" data-testid="published-badge">{r.publishedOn.replace("{date}", day.format(new Date(c.publishedAt)))}</span>
            : <span className="badge off" data-testid="published-badge">{r.notPublished}</span>
        )}
        {selectable && (
          <button type="submit" form={PUBLISH_FORM} name="one" value={`${c.publishedAt ? "unpublish" : "publish"}:${value}`} className="button secondary small no-print push-right">
            {c.publishedAt ? r.unpublishOne : r.publishOne}
          </button>
        )}
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
                  <td><code>{f.text}</code> = {figureValue(f, locale, number)}</td>
                  <td>{number(f.sourceValue)}{f.sourceTitle && <span className="muted"> · {f.sourceTitle}</span>}</td>
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
                {ev.source.publishedOn && `, ${day.format(new Date(ev.source.publishedOn))}`}
                {" · "}<a href={snapshotHref(ev.source.id, ev.snapshotId)}>{r.snapshot} ({dateTime.format(new Date(ev.snapshotTakenAt))})</a>
              </figcaption>
            </figure>
          ))}
        </>
      )}
      <footer className="muted small">
        {c.proposedBy && <>{r.reviewedBy} {c.proposedBy}{c.proposedAt && `, ${dateTime.format(new Date(c.proposedAt))}`}</>}
        {c.approvedBy && <> · {r.approvedBy} {c.approvedBy}{c.approvedAt && `, ${dateTime.format(new Date(c.approvedAt))}`}</>}
        {links.cards && (
          <span className="share-cards no-print" data-testid="share-cards">
            {" · "}{r.shareCard}: <a href={links.cards.landscape} target="_blank" rel="noopener">{r.cardLandscape}</a>
            {" · "}<a href={links.cards.square} target="_blank" rel="noopener">{r.cardSquare}</a>
          </span>
        )}
      </footer>
    </section>
  );
}
