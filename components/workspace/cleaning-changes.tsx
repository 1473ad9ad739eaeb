"use client";

import { useState } from "react";
import { visibleWhitespace } from "@/components/ui/visible-whitespace";
import type { CleaningKind } from "@/lib/engine/types";

type Change = { kind: string; original: string; replacement: string; at: number };

const SHOWN = 500;

type Props = { bulletinId: string; count: number; label: string; failed: string; kinds: Record<CleaningKind, string> };

/**
 * What cleaning changed in the original text, kept for the record (offsets are in the original).
 * The list is loaded when opened: a long bulletin has thousands of changes, and most visits never look.
 */
export function CleaningChanges({ bulletinId, count, label, failed, kinds }: Props) {
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [error, setError] = useState(false);
  if (count === 0) return null;
  return (
    <details
      className="cleaning-kept no-print"
      onToggle={(event) => {
        if (!(event.currentTarget as HTMLDetailsElement).open || changes) return;
        fetch(`/api/v1/bulletins/${bulletinId}/cleaning-changes`)
          .then((r) => (r.ok ? (r.json() as Promise<{ data: Change[] }>) : Promise.reject(new Error(String(r.status)))))
          .then((body) => setChanges(body.data))
          .catch(() => setError(true));
      }}
    >
      <summary>{label} ({count})</summary>
      {error && <p className="alert error" role="alert">{failed}</p>}
      {changes && (
        <ol className="change-list">
          {changes.slice(0, SHOWN).map((c, i) => (
            <li key={i}>
              <span className="badge">{kinds[c.kind as CleaningKind] ?? c.kind}</span> <code>{visibleWhitespace(c.original)}</code> → <code>{visibleWhitespace(c.replacement)}</code>{" "}
              <span className="muted small">@{c.at}</span>
            </li>
          ))}
        </ol>
      )}
      {count > SHOWN && changes && <p className="muted">+{count - SHOWN}</p>}
    </details>
  );
}
