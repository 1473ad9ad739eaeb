"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from "react";
import * as actions from "@/app/(workspace)/bulletins/[id]/actions";
import { bulkChangeAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { acknowledgeFindingAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import { SourceViewer } from "@/components/evidence/source-viewer";
import { SelectableText } from "@/components/ui/selectable-text";
import { useRequestKey } from "@/components/ui/request-key";
import { decodeOutline, summaryOfView, type Outline } from "@/lib/claims/summary";
import { format } from "@/lib/i18n/catalogue";
import { BulkBar, type BulkRequest } from "./bulk-bar";
import { BulletinText, selectionOffsets } from "./bulletin-text";
import { ClaimPanel, type Correct } from "./claim-panel";
import { ClaimQueue } from "./claim-queue";
import { filterClaims } from "./filter-claims";
import { singleKeyShortcutsOn } from "./shortcut-setting";
import { ShortcutsDialog } from "./shortcuts-dialog";
import type { ClaimView, WorkspaceBulletin, WorkspaceContext } from "./types";
import { runUndo } from "./run-undo";
import { undoSteps } from "./undo";
import { useClaimDetails } from "./use-claim-details";
import { useLiveClaims } from "./use-live-claims";
import { VERDICT_KEYS, type Act } from "./verdict-controls";
import { initialState, workspaceReducer } from "./workspace-state";

/**
 * A value for a quoted CSS attribute selector. Written by hand: CSS.escape does not exist during
 * server rendering, and this also keeps `<` out of the <style> element.
 */
function cssString(value: string): string {
  return value.replace(/[^\w-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

/** For "are we in the browser yet": true after hydration, false while rendering on the server. */
const subscribeToNothing = () => () => {};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

// Keys pressed in an open dialog belong to the dialog, not to the queue behind it.
const inDialog = (target: EventTarget | null) => target instanceof HTMLElement && target.closest("dialog") !== null;

/** A source to open beside the selected claim, at a passage (the figure board's "open the passage"). */
export type InitialViewer = { sourceId: string; focus?: { start: number; end: number } } | null;
type Props = { ctx: WorkspaceContext; bulletin: WorkspaceBulletin; outline: Outline; initialSelectedId?: string | null; initialViewer?: InitialViewer };

export function Workspace({ ctx, bulletin, outline, initialSelectedId = null, initialViewer = null }: Props) {
  const { w } = ctx;
  const [initialClaims] = useState(() => decodeOutline(outline));
  const { claims, merge: mergeSummaries, live, arrived } = useLiveClaims(bulletin.id, initialClaims, bulletin.version);
  // The text is laid out in the browser only: server-rendering it too would send it twice.
  const mounted = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [state, dispatch] = useReducer(workspaceReducer, initialSelectedId, (id) => {
    const start = initialState(id);
    return id && initialViewer ? { ...start, viewerSourceId: initialViewer.sourceId, viewerFocus: initialViewer.focus ?? null } : start;
  });
  const { filters, selectedId, checked, drafts, notice, busy, help, viewerSourceId, viewerFocus, sheetOpen, undo } = state;
  const [keyboardSelect, setKeyboardSelect] = useState(false);
  // The field takes focus when the reader turns it on, not when it comes back after a source closes.
  const [focusText, setFocusText] = useState(false);
  const textRef = useRef<HTMLElement>(null);
  const commentKey = useRequestKey();
  const addKey = useRequestKey();

  const shown = useMemo(() => filterClaims(claims, filters), [claims, filters]);
  const summary = claims.find((claim) => claim.id === selectedId) ?? null;
  const details = useClaimDetails(summary);
  const selected = summary ? details.view : null;
  const remember = details.remember;
  /** Takes full claims an action (or a conflict) returned: into the details, and into the list. */
  const setClaims = useCallback((views: ClaimView[], removed: string[] = []) => {
    remember(views);
    mergeSummaries(views.map(summaryOfView), removed);
  }, [remember, mergeSummaries]);
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
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      column.scrollTo({ top: Math.max(0, top - column.clientHeight / 3), behavior: still ? "auto" : "smooth" });
    }
  }, []);

  const showError = useCallback((message: string) => dispatch({ type: "noticeShown", notice: { kind: "error", message } }), []);

  /** Applies an action's result: new rows on success; on a conflict the current row, the draft kept. */
  const apply = useCallback(
    <T,>(result: ActionResult<T>, rows: (data: T) => ClaimView[]): boolean => {
      if (result.ok) {
        setClaims(rows(result.data));
        dispatch({ type: "noticeShown", notice: null });
        return true;
      }
      const current = (result.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) setClaims([current]);
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
  // Stable, so the text (thousands of marks) is not rendered again when only busy or a notice changes.
  const textLabels = useMemo(() => ({ ...ctx.b, locale: ctx.locale }), [ctx.b, ctx.locale]);

  async function spanTool(tool: "split" | "adjust" | "add") {
    const range = readSelection();
    if (!range) return showError(tool === "split" ? w.splitHint : w.selectHint);
    dispatch({ type: "busy", busy: true });
    if (tool === "add") {
      const result = await actions.addClaimAction({ bulletinId: bulletin.id, ...range, requestKey: addKey.keyFor(range) });
      if (result.ok) addKey.done();
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
      setClaims([result.data], [...checked].filter((id) => id !== result.data.id));
      dispatch({ type: "checksCleared" });
      dispatch({ type: "claimSelected", id: result.data.id });
    } else apply(result, () => []);
    dispatch({ type: "busy", busy: false });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") return dispatch({ type: "helpToggled", open: false });
      if (isTyping(event.target) || inDialog(event.target) || event.metaKey || event.ctrlKey || event.altKey || !singleKeyShortcutsOn()) return;
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
    setClaims([view]);
    dispatch({ type: "noticeShown", notice: null });
  }, [setClaims]);

  const total = claims.length - counts.DISMISSED;
  return (
    <div className={`workspace${sheetOpen && summary ? " sheet-open" : ""}${viewerSourceId ? " reading" : ""}`}>
      <div className="workspace-bar">
        <div className="progress-track wide" role="progressbar" aria-label={w.progress} aria-valuemin={0} aria-valuemax={total} aria-valuenow={counts.VERIFIED}
          aria-valuetext={`${counts.VERIFIED} / ${total} ${w.verifiedOf}`}>
          {(["VERIFIED", "IN_REVIEW", "IN_PROGRESS", "UNVERIFIED"] as const).map((s) =>
            counts[s] ? <span key={s} className={`seg status-${s}`} style={{ width: `${(100 * counts[s]) / Math.max(total, 1)}%` }} /> : null,
          )}
        </div>
        <div className="counts" data-testid="status-counts">
          {(["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED", "DISMISSED"] as const).map((s) => (
            <span key={s} className="legend-item"><i className={`dot status-${s}`} /><span className={`claim-sample st-${s}`}>{w[`status${s}`]}</span> <strong>{counts[s]}</strong></span>
          ))}
          <span className={`live ${live ? "on" : "off"}`} role="status"><span aria-hidden="true">● </span>{live ? w.live : w.offline}</span>
          <button type="button" className="link-button" onClick={() => dispatch({ type: "helpToggled", open: true })} aria-label={`? ${w.shortcuts}`}>?</button>
        </div>
      </div>
      {checked.size > 0 && <BulkBar ctx={ctx} count={checked.size} busy={busy} onBulk={bulk} onMerge={merge} />}
      <div className="sr-only" aria-live="polite">
        {arrived.count > 0 && <p key={arrived.seq}>{arrived.count === 1 ? w.changedOne : format(ctx.locale, w.changedMany, { n: arrived.count })}</p>}
      </div>
      <div className="workspace-grid">
        <section className="text-column card" ref={textRef} aria-labelledby="bulletin-text-title">
          <h2 id="bulletin-text-title" className="sr-only">{w.bulletinText}</h2>
          <div className="text-tools">
            <button type="button" className="button secondary small" onClick={() => spanTool("add")} disabled={busy}>{w.addClaim}</button>
            {!(selected && viewerSourceId) && (
              <button type="button" className="button secondary small" aria-pressed={keyboardSelect} onClick={() => { setKeyboardSelect((on) => !on); setFocusText(true); }}>{w.keyboardSelect}</button>
            )}
          </div>
          <style>{selectedId ? `.bulletin-text [data-claim="${cssString(selectedId)}"] { outline: 2px solid #1c7ed6; background: #d0ebff; }` : ""}</style>
          {selected && viewerSourceId ? (
            <SourceViewer key={`${viewerSourceId}:${viewerFocus?.start ?? ""}`} ctx={ctx} claim={selected} sourceId={viewerSourceId} focus={viewerFocus} onClose={() => dispatch({ type: "sourceOpened", sourceId: null })} onClaim={onClaim} correct={correct} />
          ) : keyboardSelect ? (
            <SelectableText text={bulletin.cleanText} label={w.bulletinText} hint={w.keyboardSelectHint} lang={bulletin.language === "zh" ? "zh-CN" : "en"} initial={selected} focusOnMount={focusText} />
          ) : mounted ? (
            <BulletinText text={bulletin.cleanText} claims={claims} language={bulletin.language} onSelect={select} w={w} uncovered={bulletin.uncovered} labels={textLabels} />
          ) : (
            <p className="muted" data-testid="text-loading">{w.loadingText}</p>
          )}
        </section>
        <ClaimQueue ctx={ctx} claims={shown} text={bulletin.cleanText} selectedId={selectedId} checked={checked} filters={filters}
          onFilters={(next) => dispatch({ type: "filtersChanged", filters: next })} onSelect={select}
          onCheck={(ids, on) => dispatch({ type: "checked", ids, on })} />
        <ClaimPanel
          ctx={ctx}
          claim={selected}
          loading={summary !== null && !selected}
          loadFailed={details.failed}
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
          onOpenSource={(sourceId, focus) => { setFocusText(false); dispatch({ type: "sourceOpened", sourceId, focus }); }}
          onClaim={onClaim}
          onConflict={(message, current) => {
            if (current) setClaims([current]);
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
            const result = await actions.addCommentAction({ claimId: selected.id, body, requestKey: commentKey.keyFor([selected.id, body]) });
            if (result.ok) commentKey.done();
            if (!result.ok) showError(result.error.message);
            else remember([{ ...selected, commentCount: selected.commentCount + 1 }]);
            return result.ok;
          }}
        />
      </div>
      {help && <ShortcutsDialog w={w} r={ctx.r} onClose={() => dispatch({ type: "helpToggled", open: false })} />}
    </div>
  );
}
