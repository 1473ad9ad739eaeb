"use client";

import { useRouter } from "next/navigation";
import { useRequestKey } from "@/components/ui/request-key";
import { useState } from "react";
import { createShareLinkAction, revokeShareLinkAction } from "@/app/(workspace)/bulletins/[id]/report/actions";
import { RevokeControl } from "@/components/ui/revoke-control";
import type { ReportMessages } from "@/lib/i18n/catalogue";

const FORMATS = [
  ["xlsx", (r: ReportMessages) => r.formatXlsx],
  ["csv", (r: ReportMessages) => r.formatCsvClaims],
  ["figures-csv", (r: ReportMessages) => r.formatCsvFigures],
  ["md", () => "Markdown"],
  ["html", () => "HTML"],
  ["json", () => "JSON"],
  ["claimreview", () => "ClaimReview"],
  ["annotations", () => "Web Annotation"],
] as const;

type Link = { id: string; created: string; revoked: boolean; by: string };

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
          <a key={format} className="button secondary small" href={`/api/v1/bulletins/${bulletinId}/export?format=${format}&${query}`} download>{label(r)}</a>
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
              {l.created} · {l.by}{" "}
              <RevokeControl revoked={l.revoked} labels={r} revoke={() => revokeShareLinkAction({ linkId: l.id })} onError={setError} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
