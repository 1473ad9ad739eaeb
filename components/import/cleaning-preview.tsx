"use client";

import { memo } from "react";
import type { Preview } from "@/app/(workspace)/bulletins/new/actions";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";
import { visibleWhitespace } from "@/components/ui/visible-whitespace";

type Change = Preview["changes"][number];


/**
 * The cleaned text with every change marked in place. A mark shows the replacement (or ⌫ where text
 * was removed); clicking it undoes the change, and an undone change shows the original again.
 */
export const CleaningPreview = memo(function CleaningPreview({
  preview, undone, onToggle, w,
}: { preview: Preview; undone: Set<number>; onToggle: (index: number) => void; w: WorkspaceMessages }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const change of preview.changes) {
    if (change.cleanAt > cursor) parts.push(preview.cleanText.slice(cursor, change.cleanAt));
    const isUndone = undone.has(change.index);
    parts.push(
      <button
        key={change.index}
        type="button"
        className={`change-mark kind-${change.kind}${isUndone ? " undone" : ""}`}
        title={`${w.cleaningKind[change.kind]}: “${visibleWhitespace(change.original)}” → “${visibleWhitespace(change.replacement)}”`}
        onClick={() => onToggle(change.index)}
        data-testid={`change-${change.index}`}
      >
        {isUndone ? change.original : change.replacement || "⌫"}
      </button>,
    );
    cursor = change.cleanAt + change.replacement.length;
  }
  parts.push(preview.cleanText.slice(cursor));
  return (
    <div className="preview-grid">
      <div className="card preview-text" lang={preview.language === "zh" ? "zh-CN" : "en"}>{parts}</div>
      <aside className="card preview-changes">
        <h2>{w.cleaningChanges} ({preview.changes.length})</h2>
        {preview.changes.length === 0 && <p className="muted">{w.noChanges}</p>}
        <ol className="change-list">
          {preview.changes.slice(0, 400).map((change: Change) => (
            <li key={change.index} className={undone.has(change.index) ? "undone" : undefined}>
              <span className="badge">{w.cleaningKind[change.kind]}</span>{" "}
              <code>{visibleWhitespace(change.original)}</code> → <code>{visibleWhitespace(change.replacement)}</code>
              <button type="button" className="button secondary small" onClick={() => onToggle(change.index)} aria-label={`${undone.has(change.index) ? w.redo : w.undo} ${w.cleaningKind[change.kind]} ${change.index + 1}`}>
                {undone.has(change.index) ? w.redo : w.undo}
              </button>
            </li>
          ))}
        </ol>
        {preview.changes.length > 400 && <p className="muted">+{preview.changes.length - 400}</p>}
      </aside>
    </div>
  );
});
