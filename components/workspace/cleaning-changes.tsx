import { visibleWhitespace } from "@/components/ui/visible-whitespace";
import type { CleaningKind } from "@/lib/engine/types";

type Change = { kind: string; original: string; replacement: string; at: number };

/** What cleaning changed in the original text, kept for the record (offsets are in the original). */
export function CleaningChanges({ changes, label, kinds }: { changes: Change[]; label: string; kinds: Record<CleaningKind, string> }) {
  if (changes.length === 0) return null;
  return (
    <details className="cleaning-kept no-print">
      <summary>{label} ({changes.length})</summary>
      <ol className="change-list">
        {changes.slice(0, 500).map((c, i) => (
          <li key={i}>
            <span className="badge">{kinds[c.kind as CleaningKind] ?? c.kind}</span> <code>{visibleWhitespace(c.original)}</code> → <code>{visibleWhitespace(c.replacement)}</code>{" "}
            <span className="muted small">@{c.at}</span>
          </li>
        ))}
      </ol>
      {changes.length > 500 && <p className="muted">+{changes.length - 500}</p>}
    </details>
  );
}
