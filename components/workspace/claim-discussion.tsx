"use client";

import { useEffect, useState } from "react";
import type { ClaimView, WorkspaceContext } from "./types";

type Discussion = {
  comments: { id: string; author: string; body: string; at: string }[];
  history: { id: string; actor: string; action: string; at: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
};

const show = (v: unknown) => (v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

/** One readable line per field that changed: "status: IN_PROGRESS → IN_REVIEW". */
function describe(entry: Discussion["history"][number]): string[] {
  const keys = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})]);
  return [...keys].map((k) => `${k}: ${show(entry.before?.[k])} → ${show(entry.after?.[k])}`);
}

export function ClaimDiscussion({ ctx, claim, onComment }: { ctx: WorkspaceContext; claim: ClaimView; onComment: (body: string) => Promise<boolean> }) {
  const { w, locale } = ctx;
  const [data, setData] = useState<Discussion | null>(null);
  const [body, setBody] = useState("");
  const time = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "short", timeStyle: "short" });

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
          <li key={c.id}><strong>{c.author}</strong> <span className="muted">{time.format(new Date(c.at))}</span><p>{c.body}</p></li>
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
            <span className="muted">{time.format(new Date(h.at))}</span> <strong>{h.actor}</strong> · {h.action.replace("claim.", "")}
            {describe(h).map((line) => <div key={line} className="history-line">{line}</div>)}
          </li>
        ))}
      </ol>
    </div>
  );
}
