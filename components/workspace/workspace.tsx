"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import * as actions from "@/app/(workspace)/bulletins/[id]/actions";
import { bulkChangeAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { acknowledgeFindingAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import { SourceViewer } from "@/components/evidence/source-viewer";
import { BulkBar, type BulkRequest } from "./bulk-bar";
import { BulletinText, selectionOffsets } from "./bulletin-text";
import { ClaimPanel, type Correct } from "./claim-panel";
import { ClaimQueue } from "./claim-queue";
import { filterClaims } from "./filter-claims";
import { ShortcutsDialog } from "./shortcuts-dialog";
import type { ClaimView, WorkspaceBulletin, WorkspaceContext } from "./types";
import { runUndo } from "./run-undo";
import { undoSteps } from "./undo";
import { mergeClaims, useLiveClaims } from "./use-live-claims";
import { VERDICT_KEYS, type Act } from "./verdict-controls";
import { initialState, workspaceReducer } from "./workspace-state";

/**
 * A value for a quoted CSS attribute selector. Written by hand: CSS.escape does not exist during
 * server rendering, and this also keeps `<` out of the <style> element.
 */
function cssString(value: string): string {
  return value.replace(/[^\w-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

type Props = { ctx: WorkspaceContext; bulletin: WorkspaceBulletin; initialClaims: ClaimView[]; initialSelectedId?: string | null };

export function Workspace({ ctx, bulletin, initialClaims, initialSelectedId = null }: Props) {
  const { w } = ctx;
  const { claims, setClaims, live } = useLiveClaims(bulletin.id, initialClaims, bulletin.version, bulletin.loadedAt);
  const [state, dispatch] = useReducer(workspaceReducer, initialSelectedId, initialState);
  const { filters, selectedId, checked, drafts, notice, busy, help, viewerSourceId, sheetOpen, undo } = state;
  const textRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => filterClaims(claims, filters), [claims, filters]);
  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  const counts = useMemo(() => {
    const n: Record<string, number> = { UNVERIFIED: 0, IN_PROGRESS: 0, IN_REVIEW: 0, VERIFIED: 0, DISMISSED: 0 };
    for (const claim of claims) n[claim.dismissed ? "DISMISSED" : claim.status]++;
    return n;
  }, [claims]);

  const select = useCallback((id: string) => {
    dispatch({ type: "claimSelected", id });
    // Scroll only the text column: scrollIntoView would also move the page under the reviewer.
    const column = textRef.current;
    const mark = column?.querySelector<HTMLElement>(`.bulletin-text [data-claim="${cssString(id)}"]`);
    if (column && mark) {
      const top = mark.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
      column.scrollTo({ top: Math.max(0, top - column.clientHeight / 3), behavior: "smooth" });
    }
  }, []);

  const showError = useCallback((message: string) => dispatch({ type: "noticeShown", notice: { kind: "error", message } }), []);

  /** Applies an action's result: new rows on success; on a conflict the current row, the draft kept. */
  const apply = useCallback(
    <T,>(result: ActionResult<T>, rows: (data: T) => ClaimView[]): boolean => {
      if (result.ok) {
        setClaims((prev) => mergeClaims(prev, rows(result.data)));
        dispatch({ type: "noticeShown", notice: null });
        return true;
      }
      const current = (result.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) setClaims((prev) => mergeClaims(prev, [current]));
      dispatch({ type: "noticeShown", notice: { kind: result.error.code === "conflict" && current ? "conflict" : "error", message: result.error.message } });
      return false;
    },
    [setClaims],
  );

  const act: Act = useCallback(
    async (kind, claim, extra = {}) => {
      const ref = { claimId: claim.id, version: claim.version };
      dispatch({ type: "busy", busy: true });
      const one = (view: ClaimView) => [view];
      let ok = false;
      if (kind === "start") ok = apply(await actions.startClaimAction(ref), one);
      if (kind === "propose") ok = apply(await actions.proposeVerdictAction({ ...ref, ...extra }), one);
      if (kind === "approve") ok = apply(await actions.approveVerdictAction(ref), one);
      if (kind === "send-back") ok = apply(await actions.sendBackAction({ ...ref, ...extra }), one);
      if (kind === "reopen") ok = apply(await actions.reopenClaimAction(ref), one);
      if (kind === "dismiss" || kind === "restore") ok = apply(await actions.dismissClaimAction({ ...ref, dismissed: kind === "dismiss" }), one);
      // A saved step clears that claim's draft; a refused one keeps it on screen.
      if (ok) dispatch({ type: "draftCleared", claimId: claim.id });
      dispatch({ type: "busy", busy: false });
      return ok;
    },
    [apply],
  );

  /** Runs one correction of the selected claim with its current version. */
  const correct: Correct = useCallback(
    async (run) => {
      if (!selected) return false;
      dispatch({ type: "busy", busy: true });
      const result = await run({ claimId: selected.id, version: selected.version });
      const ok = apply(result, (view) => [view]);
      const steps = result.ok ? undoSteps(selected, result.data) : [];
      dispatch({ type: "undoOffered", undo: result.ok && steps.length ? { claimId: selected.id, version: result.data.version, steps } : null });
      dispatch({ type: "busy", busy: false });
      return ok;
    },
    [apply, selected],
  );

  /** Undoes the last correction with corrections of its own, each audited like the first. */
  const undoLast = useCallback(async () => {
    if (!selected || !undo || undo.claimId !== selected.id) return;
    dispatch({ type: "busy", busy: true });
    apply(await runUndo(selected, undo.steps), (view) => [view]);
    dispatch({ type: "undoOffered", undo: null });
    dispatch({ type: "busy", busy: false });
  }, [apply, selected, undo]);

  const readSelection = useCallback(() => selectionOffsets(textRef.current), []);

  async function spanTool(tool: "split" | "adjust" | "add") {
    const range = readSelection();
    if (!range) return showError(tool === "split" ? w.splitHint : w.selectHint);
    dispatch({ type: "busy", busy: true });
    if (tool === "add") {
      const result = await actions.addClaimAction({ bulletinId: bulletin.id, ...range });
      if (apply(result, (view) => [view]) && result.ok) dispatch({ type: "claimSelected", id: result.data.id });
    } else if (selected && tool === "split") {
      apply(await actions.splitClaimAction({ claimId: selected.id, version: selected.version, at: range.start }), (rows) => rows);
    } else if (selected) {
      apply(await actions.updateSpanAction({ claimId: selected.id, version: selected.version, ...range }), (view) => [view]);
    }
    window.getSelection()?.removeAllRanges();
    dispatch({ type: "busy", busy: false });
  }

  const refsOf = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return claims.filter((claim) => wanted.has(claim.id)).map((claim) => ({ id: claim.id, version: claim.version }));
  };

  async function assign(ids: string[], assigneeId: string | null) {
    dispatch({ type: "busy", busy: true });
    if (apply(await actions.assignClaimsAction({ claims: refsOf(ids), assigneeId }), (rows) => rows)) dispatch({ type: "checksCleared" });
    dispatch({ type: "busy", busy: false });
  }

  async function bulk(request: BulkRequest) {
    if (request.kind === "assign") return assign([...checked], request.assigneeId);
    dispatch({ type: "busy", busy: true });
    if (apply(await bulkChangeAction({ claims: refsOf(checked), change: request }), (rows) => rows)) dispatch({ type: "checksCleared" });
    dispatch({ type: "busy", busy: false });
  }

  async function merge() {
    dispatch({ type: "busy", busy: true });
    const result = await actions.mergeClaimsAction({ claims: refsOf(checked) });
    if (result.ok) {
      setClaims((prev) => mergeClaims(prev.filter((claim) => !checked.has(claim.id) || claim.id === result.data.id), [result.data]));
      dispatch({ type: "checksCleared" });
      dispatch({ type: "claimSelected", id: result.data.id });
    } else apply(result, () => []);
    dispatch({ type: "busy", busy: false });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") return dispatch({ type: "helpToggled", open: false });
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      // The source viewer takes s/r/c/Enter for a pending passage.
      if (viewerSourceId && ["s", "r", "c", "Enter"].includes(event.key)) return;
      if (event.key === "?") return dispatch({ type: "helpToggled", open: true });
      if (event.key === "j" || event.key === "k") {
        if (shown.length === 0) return;
        const index = shown.findIndex((claim) => claim.id === selectedId);
        const next = event.key === "j" ? Math.min(index + 1, shown.length - 1) : Math.max(index - 1, 0);
        select(shown[index === -1 ? 0 : next].id);
        event.preventDefault();
      }
      if (selected?.status === "IN_REVIEW" && ctx.isEditor && selected.proposedById !== ctx.me.id && !busy) {
        if (event.key === "a") void act("approve", selected);
        if (event.key === "b") {
          document.getElementById("send-back")?.focus();
          event.preventDefault();
        }
      }
      const digit = Number(event.key);
      if (selected && digit >= 1 && digit <= 5) dispatch({ type: "verdictKeyed", claimId: selected.id, verdict: VERDICT_KEYS[digit - 1] });
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shown, selectedId, selected, select, act, busy, ctx.isEditor, ctx.me.id, viewerSourceId]);

  const onClaim = useCallback((view: ClaimView) => {
    setClaims((prev) => mergeClaims(prev, [view]));
    dispatch({ type: "noticeShown", notice: null });
  }, [setClaims]);

  const total = claims.length - counts.DISMISSED;
  return (
    <div className={`workspace${sheetOpen && selected ? " sheet-open" : ""}`}>
      <div className="workspace-bar">
        <div className="progress-track wide" aria-label={`${counts.VERIFIED} / ${total}`}>
          {(["VERIFIED", "IN_REVIEW", "IN_PROGRESS", "UNVERIFIED"] as const).map((s) =>
            counts[s] ? <span key={s} className={`seg status-${s}`} style={{ width: `${(100 * counts[s]) / Math.max(total, 1)}%` }} /> : null,
          )}
        </div>
        <div className="counts" data-testid="status-counts">
          {(["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED", "DISMISSED"] as const).map((s) => (
            <span key={s} className="legend-item"><i className={`dot status-${s}`} />{w[`status${s}`]} <strong>{counts[s]}</strong></span>
          ))}
          <span className={`live ${live ? "on" : "off"}`} title={w.live}>● {w.live}</span>
          <button type="button" className="link-button" onClick={() => dispatch({ type: "helpToggled", open: true })} aria-label={w.shortcuts}>?</button>
        </div>
      </div>
      {checked.size > 0 && <BulkBar ctx={ctx} count={checked.size} busy={busy} onBulk={bulk} onMerge={merge} />}
      <div className="workspace-grid">
        <div className="text-column card" ref={textRef}>
          <div className="text-tools">
            <button type="button" className="button secondary small" onClick={() => spanTool("add")} disabled={busy}>{w.addClaim}</button>
          </div>
          <style>{selectedId ? `.bulletin-text [data-claim="${cssString(selectedId)}"] { outline: 2px solid #1c7ed6; background: #d0ebff; }` : ""}</style>
          {selected && viewerSourceId ? (
            <SourceViewer ctx={ctx} claim={selected} sourceId={viewerSourceId} onClose={() => dispatch({ type: "sourceOpened", sourceId: null })} onClaim={onClaim} correct={correct} />
          ) : (
            <BulletinText text={bulletin.cleanText} claims={claims} language={bulletin.language} onSelect={select} uncovered={bulletin.uncovered} labels={{ ...ctx.b, locale: ctx.locale }} />
          )}
        </div>
        <ClaimQueue ctx={ctx} claims={shown} selectedId={selectedId} checked={checked} filters={filters}
          onFilters={(next) => dispatch({ type: "filtersChanged", filters: next })} onSelect={select}
          onCheck={(ids, on) => dispatch({ type: "checked", ids, on })} />
        <ClaimPanel
          ctx={ctx}
          claim={selected}
          draft={(selected && drafts[selected.id]) || {}}
          onDraft={(draft) => selected && dispatch({ type: "draftChanged", claimId: selected.id, draft })}
          act={act}
          correct={correct}
          busy={busy}
          notice={notice}
          onUndo={selected && undo?.claimId === selected.id && undo.version === selected.version ? undoLast : undefined}
          onSpanTool={spanTool}
          readSelection={readSelection}
          onError={showError}
          onClose={() => dispatch({ type: "sheetClosed" })}
          onAssign={(assigneeId) => selected && assign([selected.id], assigneeId)}
          onOpenSource={(sourceId) => dispatch({ type: "sourceOpened", sourceId })}
          onClaim={onClaim}
          onConflict={(message, current) => {
            if (current) setClaims((prev) => mergeClaims(prev, [current]));
            dispatch({ type: "noticeShown", notice: { kind: current ? "conflict" : "error", message } });
          }}
          onAcknowledge={async (findingId) => {
            if (!selected) return;
            dispatch({ type: "busy", busy: true });
            apply(await acknowledgeFindingAction({ claimId: selected.id, version: selected.version, findingId }), (view) => [view]);
            dispatch({ type: "busy", busy: false });
          }}
          onComment={async (body) => {
            if (!selected) return false;
            const result = await actions.addCommentAction({ claimId: selected.id, body });
            if (!result.ok) showError(result.error.message);
            else setClaims((prev) => prev.map((claim) => (claim.id === selected.id ? { ...claim, commentCount: claim.commentCount + 1 } : claim)));
            return result.ok;
          }}
        />
      </div>
      {help && <ShortcutsDialog w={w} r={ctx.r} onClose={() => dispatch({ type: "helpToggled", open: false })} />}
    </div>
  );
}
