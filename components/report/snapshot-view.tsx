type Snapshot = { text: string; takenAt: Date; source: { title: string; url: string | null; publisher: string | null } };

/** A stored copy of a source, exactly as it was taken. */
export function SnapshotView({ snapshot }: { snapshot: Snapshot }) {
  return (
    <article className="card snapshot">
      <h1>{snapshot.source.title}</h1>
      <p className="muted">
        {[snapshot.source.publisher, `${snapshot.takenAt.toISOString().slice(0, 16).replace("T", " ")} UTC`].filter(Boolean).join(" · ")}
        {snapshot.source.url && /^https?:\/\//i.test(snapshot.source.url) && (
          <> · <a href={snapshot.source.url} rel="noopener noreferrer" target="_blank">{snapshot.source.url}</a></>
        )}
      </p>
      <div className="snapshot-text">{snapshot.text}</div>
    </article>
  );
}
