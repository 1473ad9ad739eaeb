"use client";

import { useState } from "react";
import type { WorkspaceContext } from "./types";

export type BulkRequest =
  | { kind: "assign"; assigneeId: string | null }
  | { kind: "tag"; tag: string }
  | { kind: "priority"; priority: "HIGH" | "NORMAL" | "LOW" }
  | { kind: "dismiss"; reason: string };

type Props = { ctx: WorkspaceContext; count: number; busy: boolean; onBulk: (request: BulkRequest) => void; onMerge: () => void };

/** What can be done to all the checked claims at once. */
export function BulkBar({ ctx, count, busy, onBulk, onMerge }: Props) {
  const { w, c } = ctx;
  const [assignee, setAssignee] = useState("");
  const [tag, setTag] = useState("");
  const [priority, setPriority] = useState<"HIGH" | "NORMAL" | "LOW">("HIGH");
  const [reason, setReason] = useState("");
  return (
    <div className="bulk-bar" role="toolbar" aria-label={`${count} ${w.selected}`} data-testid="bulk-bar">
      <span>{count} {w.selected}</span>
      {ctx.isEditor && (
        <span className="inline-form">
          <select aria-label={w.assignTo} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">{w.unassigned}</option>
            {ctx.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
          <button type="button" className="button small" disabled={busy} onClick={() => onBulk({ kind: "assign", assigneeId: assignee || null })}>{w.assign}</button>
        </span>
      )}
      <span className="inline-form">
        <input aria-label={c.bulkTag} placeholder={c.tagPlaceholder} list="tags-in-use" value={tag} onChange={(e) => setTag(e.target.value)} className="tag-input" />
        <button type="button" className="button secondary small" disabled={busy || !tag.trim()} onClick={() => { onBulk({ kind: "tag", tag }); setTag(""); }}>{c.bulkTag}</button>
      </span>
      <span className="inline-form">
        <select aria-label={c.priority} value={priority} onChange={(e) => setPriority(e.target.value as typeof priority)}>
          {(["HIGH", "NORMAL", "LOW"] as const).map((p) => <option key={p} value={p}>{c[`priority${p}`]}</option>)}
        </select>
        <button type="button" className="button secondary small" disabled={busy} onClick={() => onBulk({ kind: "priority", priority })}>{c.bulkPriority}</button>
      </span>
      <span className="inline-form">
        <input aria-label={c.bulkDismissReason} placeholder={c.bulkDismissReason} value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="button" className="button secondary small" disabled={busy} onClick={() => onBulk({ kind: "dismiss", reason })}>{c.bulkDismiss}</button>
      </span>
      {count >= 2 && <button type="button" className="button secondary small" disabled={busy} onClick={onMerge}>{w.merge}</button>}
      <datalist id="tags-in-use">{ctx.tags.map((t) => <option key={t} value={t} />)}</datalist>
    </div>
  );
}
