"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { FigureChecks } from "@/components/evidence/figure-checks";
import { SourcesSection } from "@/components/evidence/sources-section";
import { ClaimDiscussion } from "./claim-discussion";
import { ClaimEditor, TriageControls } from "./claim-editor";
import { ProposalReview, SentBackNote } from "./proposal-review";
import type { ClaimView, Draft, WorkspaceContext } from "./types";
import { statusKey } from "./types";
import { VerdictControls, type Act } from "./verdict-controls";
import type { Notice } from "./workspace-state";

/** Runs one correction of the open claim, given its id and version; true when it was saved. */
export type Correct = (run: (ref: { claimId: string; version: number }) => Promise<ActionResult<ClaimView>>) => Promise<boolean>;

type Props = {
  ctx: WorkspaceContext;
  claim: ClaimView | null;
  /** A claim is selected and its details are on their way. */
  loading: boolean;
  loadFailed: boolean;
  draft: Draft;
  onDraft: (d: Draft) => void;
  act: Act;
  correct: Correct;
  busy: boolean;
  notice: Notice;
  /** Set while the last correction of this claim can be undone. */
  onUndo?: () => void;
  onSpanTool: (tool: "split" | "adjust") => void;
  readSelection: () => { start: number; end: number } | null;
  onError: (message: string) => void;
  onClose: () => void;
  onAssign: (assigneeId: string | null) => void;
  onComment: (body: string) => Promise<boolean>;
  onOpenSource: (sourceId: string, focus?: { start: number; end: number }) => void;
  onClaim: (view: ClaimView) => void;
  onConflict: (message: string, current?: ClaimView) => void;
  onAcknowledge: (findingId: string) => void;
};

type Finding = { stated?: number; listed?: number; mode?: string; unknown?: string[]; recognised?: string[] };

export function ClaimPanel(props: Props) {
  const { ctx, claim, loading, loadFailed, draft, onDraft, act, correct, busy, notice, onUndo, onSpanTool, readSelection, onClose, onAssign, onComment, onOpenSource, onClaim, onConflict, onAcknowledge } = props;
  const { w, c, users, isEditor } = ctx;
  const [editingId, setEditingId] = useState<string | null>(null);
  // The skip link in the queue lands here, with or without a claim.
  const region = { id: "claim-panel", tabIndex: -1, "aria-labelledby": "claim-panel-title" } as const;
  const title = <h2 id="claim-panel-title" className="sr-only">{w.claimPanel}</h2>;
  if (!claim) {
    const message = loadFailed ? w.claimLoadFailed : loading ? w.loadingClaim : w.noClaimSelected;
    return (
      <section className="panel card" {...region} data-testid={loading ? "claim-panel-loading" : undefined}>
        {title}<p className={loadFailed ? "alert error" : "muted"} role={loadFailed ? "alert" : undefined}>{message}</p>
      </section>
    );
  }
  const names = new Map(users.map((u) => [u.id, u.name]));
  const status = statusKey(claim);
  const locked = claim.dismissed || claim.status === "IN_REVIEW" || claim.status === "VERIFIED";
  const editing = editingId === claim.id && !locked;

  return (
    <section className="panel card" {...region} data-testid="claim-panel">
      {title}
      <div className="panel-head">
        <span className="claim-number" data-testid="claim-number">{c.number} {claim.number}</span>
        <span className={`badge status-badge st-${status}`}>{w[`status${status}`]}</span>
        <span className={`badge kind-${claim.kind}`}>{w[`kind${claim.kind}`]}</span>
        {claim.verdict && <span className={`badge v-${claim.verdict}`}>{w[`verdict${claim.verdict}`]}</span>}
        {claim.priority !== "NORMAL" && <span className={`badge priority-${claim.priority}`}>{c[`priority${claim.priority}`]}</span>}
        {claim.publishedAt && <span className="badge ok" data-testid="claim-published">{w.published}</span>}
        <span className="muted">v{claim.version}</span>
        <button type="button" className="button secondary small sheet-close" onClick={onClose}>{ctx.b.panelClose}</button>
      </div>
      <SentBackNote ctx={ctx} claim={claim} />
      {claim.status === "IN_REVIEW" && <ProposalReview ctx={ctx} claim={claim} draft={draft} onDraft={onDraft} act={act} busy={busy} />}
      {notice && (
        <div className={`alert ${notice.kind === "conflict" ? "info" : "error"}`} role="alert" data-testid="claim-notice">
          {notice.kind === "conflict" && <strong>{w.conflict}. </strong>}
          {notice.message}
          {notice.kind === "conflict" && <div>{w.reapply}</div>}
        </div>
      )}
      {onUndo && !notice && (
        <div className="alert ok undo-bar" role="status" data-testid="undo-bar">
          {c.saved}
          <button type="button" className="link-button" disabled={busy} onClick={onUndo}>{c.undo}</button>
        </div>
      )}
      {editing ? (
        <ClaimEditor ctx={ctx} claim={claim} correct={correct} busy={busy} onDone={() => setEditingId(null)} />
      ) : (
        <div className="statement-row">
          <p className="panel-statement" data-testid="panel-statement">{claim.statement}</p>
          {!locked && <button type="button" className="button secondary small" aria-label={c.editClaim} onClick={() => setEditingId(claim.id)}>{c.edit}</button>}
        </div>
      )}
      {claim.context && claim.context.trim() !== claim.statement.trim() && (
        <p className="panel-context muted small" title={w.context}>{w.context}: {claim.context}</p>
      )}
      <dl className="facts">
        {claim.speaker && (<><dt>{w.speaker}</dt><dd>{claim.speaker}</dd></>)}
        <dt>{w.assignee}</dt>
        <dd>
          {isEditor ? (
            <select aria-label={w.assignee} value={claim.assigneeId ?? ""} disabled={busy} onChange={(e) => onAssign(e.target.value || null)}>
              <option value="">{w.unassigned}</option>
              {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          ) : (claim.assigneeId ? names.get(claim.assigneeId) : w.unassigned)}
        </dd>
        {claim.proposedById && (<><dt>{w.proposedBy}</dt><dd>{names.get(claim.proposedById) ?? "—"}</dd></>)}
        {claim.approvedById && (<><dt>{w.approvedBy}</dt><dd>{names.get(claim.approvedById) ?? "—"}</dd></>)}
        <dt>{c.tags}</dt>
        <dd><TriageControls ctx={ctx} claim={claim} correct={correct} busy={busy} /></dd>
      </dl>
      {(claim.figures.length > 0 || !locked) && (
        <FigureChecks ctx={ctx} claim={claim} onClaim={onClaim} onConflict={onConflict} locked={locked} correct={correct} readSelection={readSelection} busy={busy} onOpenSource={onOpenSource} />
      )}
      {claim.findings.length > 0 && (
        <section>
          <h3>{w.findings}</h3>
          <ul className="findings">
            {claim.findings.map((f) => {
              const d = f.details as Finding;
              return (
                <li key={f.id} className={f.ok ? "ok" : "bad"}>
                  {f.ok ? "✓" : "⚠"} {w.stated} {d.stated} · {w.listed} {d.listed}
                  {d.unknown && d.unknown.length > 0 && <span className="muted"> · {w.unknownItems}: {d.unknown.join("、")}</span>}
                  {f.acknowledged ? <span className="muted small"> · {ctx.e.acknowledged}</span> : !locked && (
                    <button type="button" className="button secondary small" disabled={busy} onClick={() => onAcknowledge(f.id)}>{ctx.e.acknowledge}</button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <SourcesSection ctx={ctx} claim={claim} bulletinId={claim.bulletinId} onOpen={(sourceId) => onOpenSource(sourceId)} onClaim={onClaim} correct={correct} locked={locked} busy={busy} />
      <VerdictControls ctx={ctx} claim={claim} draft={draft} onDraft={onDraft} act={act} busy={busy} />
      {!locked && (
        <div className="inline-form span-tools">
          <button type="button" className="button secondary small" onClick={() => onSpanTool("split")} disabled={busy}>{w.split}</button>
          <button type="button" className="button secondary small" onClick={() => onSpanTool("adjust")} disabled={busy}>{w.adjust}</button>
        </div>
      )}
      <ClaimDiscussion ctx={ctx} claim={claim} onComment={onComment} />
    </section>
  );
}
