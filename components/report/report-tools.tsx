"use client";

import { useRouter } from "next/navigation";
import { useRequestKey } from "@/components/ui/request-key";
import { useState } from "react";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(workspace)/bulletins/[id]/report/actions";
import type { ReportMessages } from "@/lib/i18n/report-messages";

const FORMATS = [
  ["md", "Markdown"],
  ["html", "HTML"],
  ["csv", "CSV"],
  ["json", "JSON"],
  ["claimreview", "ClaimReview"],
  ["annotations", "Web Annotation"],
] as const;

type Link = { id: string; createdAt: string; revoked: boolean; by: string };

/** Editors' tools: downloads in every format, print, and secret read-only links. */
export function ReportTools({ bulletinId, query, r, links }: { bulletinId: string; query: string; r: ReportMessages; links: Link[] }) {
  const requestKey = useRequestKey();
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="report-tools card no-print">
      <div className="inline-form wrap">
        <strong>{r.exports}:</strong>
        {FORMATS.map(([format, label]) => (
          <a key={format} className="button secondary small" href={`/api/v1/bulletins/${bulletinId}/export?format=${format}&${query}`} download>{label}</a>
        ))}
        <button type="button" className="button secondary small" onClick={() => window.print()}>{r.print}</button>
      </div>
      <div className="share">
        <strong>{r.share}:</strong>{" "}
        <button
          type="button"
          className="button small"
          onClick={async () => {
            const result = await createShareLinkAction({ bulletinId, requestKey: requestKey.keyFor(bulletinId) });
            if (!result.ok) return setError(result.error.message);
            requestKey.done();
            setCreated(`${window.location.origin}/share/${result.data.secret}`);
            router.refresh();
          }}
        >
          {r.createShare}
        </button>
        {error && <p className="alert error" role="alert">{error}</p>}
        {created && (
          <p className="alert ok" role="status">
            {r.shareCreated} <input readOnly value={created} className="share-url" aria-label={r.share} onFocus={(e) => e.currentTarget.select()} />
          </p>
        )}
        <ul className="share-links">
          {links.map((l) => (
            <li key={l.id} data-testid="share-link">
              {new Date(l.createdAt).toLocaleString()} · {l.by}{" "}
              {l.revoked ? <span className="badge off">{r.revoked}</span> : (
                <button type="button" className="button danger small" onClick={async () => {
                  const result = await revokeShareLinkAction({ linkId: l.id });
                  if (result.ok) router.refresh();
                  else setError(result.error.message);
                }}>{r.revoke}</button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
