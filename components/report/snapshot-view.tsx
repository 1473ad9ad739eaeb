import type { Catalogue } from "@/lib/i18n/catalogue";

type Snapshot = { text: string; takenAt: Date; source: { title: string; url: string | null; publisher: string | null } };
/** Where a snapshot fetched by URL came from, and its WARC download; shown to members only. */
type Archive = { finalUrl: string; httpStatus: number; fetchedAt: Date; sha256: string; warcHref: string };

const utc = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** A stored copy of a source, exactly as it was taken. */
export function SnapshotView({ snapshot, archive, labels }: { snapshot: Snapshot; archive?: Archive; labels?: Catalogue["report"] }) {
  return (
    <article className="card snapshot">
      <h1>{snapshot.source.title}</h1>
      <p className="muted">
        {[snapshot.source.publisher, utc(snapshot.takenAt)].filter(Boolean).join(" · ")}
        {snapshot.source.url && /^https?:\/\//i.test(snapshot.source.url) && (
          <> · <a href={snapshot.source.url} rel="noopener noreferrer" target="_blank">{snapshot.source.url}</a></>
        )}
      </p>
      {archive && labels && (
        <p className="muted snapshot-archive" data-testid="snapshot-archive">
          {labels.fetchedFrom.replace("{url}", archive.finalUrl).replace("{date}", utc(archive.fetchedAt)).replace("{status}", String(archive.httpStatus))}
          {" · "}{labels.sha256} <code>{archive.sha256}</code>
          {" · "}<a href={archive.warcHref} download>{labels.downloadWarc}</a>
        </p>
      )}
      <div className="snapshot-text">{snapshot.text}</div>
    </article>
  );
}
