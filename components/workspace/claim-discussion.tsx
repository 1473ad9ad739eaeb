"use client";

import { useEffect, useState } from "react";
import { localTime, timeAgo } from "@/lib/i18n/catalogue";
import { historyChanges, historySentence, type HistoryEntry } from "./history-prose";
import type { ClaimView, WorkspaceContext } from "./types";

type Discussion = {
  comments: { id: string; author: string; body: string; at: string }[];
  history: HistoryEntry[];
};

export function ClaimDiscussion({ ctx, claim, onComment }: { ctx: WorkspaceContext; claim: ClaimView; onComment: (body: string) => Promise<boolean> }) {
  const { w, locale } = ctx;
  const [data, setData] = useState<Discussion | null>(null);
  const [body, setBody] = useState("");
  const labels = { h: ctx.h, w, e: ctx.e, c: ctx.c, names: new Map(ctx.users.map((u) => [u.id, u.name])) };
  const when = (at: string) => <time className="muted" dateTime={at} title={localTime(locale, at)}>{timeAgo(locale, at)}</time>;

  // Reload whenever the claim changes (its version) or a comment is added (commentCount).
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/v1/claims/${claim.id}/discussion`)
      .then((r) => (r.ok ? r.json() : null))
      .then((d: Discussion | null) => { if (!cancelled && d) setData(d); })
      .catch(() => {});
    return () => { cancelled = true; };
  }, [claim.id, claim.version, claim.commentCount]);

  return (
    <div className="discussion">
      <h3>{w.comments}</h3>
      <ul className="comments">
        {data?.comments.map((c) => (
          <li key={c.id}><strong>{c.author}</strong> · {when(c.at)}<p>{c.body}</p></li>
        ))}
      </ul>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await onComment(body)) setBody("");
        }}
      >
        <textarea aria-label={w.addComment} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        <button type="submit" className="button secondary small">{w.addComment}</button>
      </form>
      <h3>{w.history}</h3>
      <ol className="history" data-testid="history">
        {data?.history.map((h) => (
          <li key={h.id}>
            {historySentence(locale, labels, h)} · {when(h.at)}
            {historyChanges(labels, h).map((line) => <div key={line} className="history-line">{line}</div>)}
          </li>
        ))}
      </ol>
    </div>
  );
}
