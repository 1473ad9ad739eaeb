"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import * as actions from "@/app/(workspace)/bulletins/[id]/actions";
import type { ActionResult } from "@/lib/actions/safe-action-state";
import { acknowledgeFindingAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import { SourceViewer } from "@/components/evidence/source-viewer";
import { SelectableText } from "@/components/ui/selectable-text";
import { useRequestKey } from "@/components/ui/request-key";
import { BulletinText, selectionOffsets } from "./bulletin-text";
import { ClaimPanel } from "./claim-panel";
import { ClaimQueue } from "./claim-queue";
import { filterClaims } from "./filter-claims";
import { singleKeyShortcutsOn } from "./shortcut-setting";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { decodeOutline, summaryOfView, type Outline } from "@/lib/claims/summary";
import type { ClaimView, Draft, Filters, WorkspaceBulletin, WorkspaceContext } from "./types";
import { useClaimDetails } from "./use-claim-details";
import { useLiveClaims } from "./use-live-claims";
import { VERDICT_KEYS, type Act } from "./verdict-controls";

/**
 * A value for a quoted CSS attribute selector. Written by hand: CSS.escape does not exist during
 * server rendering, and this also keeps `<` out of the <style> element.
 */
function cssString(value: string): string {
  return value.replace(/[^\w-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}

type Notice = { kind: "error" | "conflict"; message: string } | null;

const INITIAL_FILTERS: Filters = { status: "all", kind: "all", assignee: "all", hasFigures: false, failedCheck: false, sort: "position" };

/** For "are we in the browser yet": true after hydration, false while rendering on the server. */
const subscribeToNothing = () => () => {};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

// Keys pressed in an open dialog belong to the dialog, not to the queue behind it.
const inDialog = (target: EventTarget | null) => target instanceof HTMLElement && target.closest("dialog") !== null;

type Props = { ctx: WorkspaceContext; bulletin: WorkspaceBulletin; outline: Outline; initialSelectedId?: string | null };

export function Workspace({ ctx, bulletin, outline, initialSelectedId = null }: Props) {
  const { w } = ctx;
  const [initialClaims] = useState(() => decodeOutline(outline));
  const { claims, merge: mergeSummaries, live, arrived } = useLiveClaims(bulletin.id, initialClaims, bulletin.version);
  // The text is laid out in the browser only: server-rendering it too would send it twice.
  const mounted = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [filters, setFilters] = useState(INITIAL_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [help, setHelp] = useState(false);
  const [bulkAssignee, setBulkAssignee] = useState("");
  const [viewerSourceId, setViewerSourceId] = useState<string | null>(null);
  const [keyboardSelect, setKeyboardSelect] = useState(false);
  // The field takes focus when the reader turns it on, not when it comes back after a source closes.
  const [focusText, setFocusText] = useState(false);
  const textRef = useRef<HTMLElement>(null);
  const commentKey = useRequestKey();
  const addKey = useRequestKey();

  const shown = useMemo(() => filterClaims(claims, filters), [claims, filters]);
  const summary = claims.find((c) => c.id === selectedId) ?? null;
  const details = useClaimDetails(summary);
  const selected = summary ? details.view : null;
  const remember = details.remember;
  /** Takes full claims an action (or a conflict) returned: into the details, and into the list. */
  const setClaims = useCallback((views: ClaimView[]) => {
    remember(views);
    mergeSummaries(views.map(summaryOfView));
  }, [remember, mergeSummaries]);
  const counts = useMemo(() => {
    const c: Record<string, number> = { UNVERIFIED: 0, IN_PROGRESS: 0, IN_REVIEW: 0, VERIFIED: 0, DISMISSED: 0 };
    for (const claim of claims) c[claim.dismissed ? "DISMISSED" : claim.status]++;
    return c;
  }, [claims]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setNotice(null);
    setViewerSourceId(null);
    // Scroll only the text column: scrollIntoView would also move the page under the reviewer.
    const column = textRef.current;
    const mark = column?.querySelector<HTMLElement>(`.bulletin-text [data-claim="${cssString(id)}"]`);
    if (column && mark) {
      const top = mark.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      column.scrollTo({ top: Math.max(0, top - column.clientHeight / 3), behavior: still ? "auto" : "smooth" });
    }
  }, []);

  /** Applies an action's result: new rows on success; on a conflict the current row, the draft kept. */
  const apply = useCallback(
    <T,>(result: ActionResult<T>, rows: (data: T) => ClaimView[]): boolean => {
      if (result.ok) {
        setClaims(rows(result.data));
        setNotice(null);
        return true;
      }
      const current = (result.error.details as { current?: ClaimView } | undefined)?.current;
      if (current) setClaims([current]);
      setNotice({ kind: result.error.code === "conflict" && current ? "conflict" : "error", message: result.error.message });
      return false;
    },
    [setClaims],
  );

  const act: Act = useCallback(
    async (kind, claim, extra = {}) => {
      const ref = { claimId: claim.id, version: claim.version };
      setBusy(true);
      const one = (c: ClaimView) => [c];
      let ok = false;
      if (kind === "start") ok = apply(await actions.startClaimAction(ref), one);
      if (kind === "propose") ok = apply(await actions.proposeVerdictAction({ ...ref, ...extra }), one);
      if (kind === "approve") ok = apply(await actions.approveVerdictAction(ref), one);
      if (kind === "send-back") ok = apply(await actions.sendBackAction({ ...ref, ...extra }), one);
      if (kind === "reopen") ok = apply(await actions.reopenClaimAction(ref), one);
      if (kind === "dismiss" || kind === "restore") ok = apply(await actions.dismissClaimAction({ ...ref, dismissed: kind === "dismiss" }), one);
      // A saved step clears that claim's draft; a refused one keeps it on screen.
      if (ok) setDrafts((d) => ({ ...d, [claim.id]: {} }));
      setBusy(false);
      return ok;
    },
    [apply],
  );

  async function spanTool(tool: "split" | "adjust" | "add") {
    const range = selectionOffsets(textRef.current);
    if (!range) return setNotice({ kind: "error", message: tool === "split" ? "Click in the claim's text where it should be split." : "Select text in the bulletin first." });
    setBusy(true);
    if (tool === "add") {
      const result = await actions.addClaimAction({ bulletinId: bulletin.id, ...range, requestKey: addKey.keyFor(range) });
      if (result.ok) addKey.done();
      if (apply(result, (c) => [c]) && result.ok) setSelectedId(result.data.id);
    } else if (selected && tool === "split") {
      apply(await actions.splitClaimAction({ claimId: selected.id, version: selected.version, at: range.start }), (rows) => rows);
    } else if (selected) {
      apply(await actions.updateSpanAction({ claimId: selected.id, version: selected.version, ...range }), (c) => [c]);
    }
    window.getSelection()?.removeAllRanges();
    setBusy(false);
  }

  async function assign(ids: string[], assigneeId: string | null) {
    const refs = claims.filter((c) => ids.includes(c.id)).map((c) => ({ id: c.id, version: c.version }));
    setBusy(true);
    if (apply(await actions.assignClaimsAction({ claims: refs, assigneeId }), (rows) => rows)) setChecked(new Set());
    setBusy(false);
  }

  async function merge() {
    const refs = claims.filter((c) => checked.has(c.id)).map((c) => ({ id: c.id, version: c.version }));
    setBusy(true);
    const result = await actions.mergeClaimsAction({ claims: refs });
    if (result.ok) {
      remember([result.data]);
      mergeSummaries([summaryOfView(result.data)], [...checked].filter((id) => id !== result.data.id));
      setChecked(new Set());
      setSelectedId(result.data.id);
      setNotice(null);
    } else apply(result, () => []);
    setBusy(false);
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") return setHelp(false);
      if (isTyping(event.target) || inDialog(event.target) || event.metaKey || event.ctrlKey || event.altKey || !singleKeyShortcutsOn()) return;
      if (event.key === "?") return setHelp(true);
      if (event.key === "j" || event.key === "k") {
        if (shown.length === 0) return;
        const index = shown.findIndex((c) => c.id === selectedId);
        const next = event.key === "j" ? Math.min(index + 1, shown.length - 1) : Math.max(index - 1, 0);
        select(shown[index === -1 ? 0 : next].id);
        event.preventDefault();
      }
      const digit = Number(event.key);
      if (selected && digit >= 1 && digit <= 5) {
        setDrafts((d) => ({ ...d, [selected.id]: { ...d[selected.id], verdict: VERDICT_KEYS[digit - 1] } }));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shown, selectedId, selected, select]);

  const onClaim = useCallback((view: ClaimView) => {
    setClaims([view]);
    setNotice(null);
  }, [setClaims]);

  const total = claims.length - counts.DISMISSED;
  return (
    <div className="workspace">
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
          <button type="button" className="link-button" onClick={() => setHelp(true)} aria-label={`? ${w.shortcuts}`}>?</button>
        </div>
      </div>
      {checked.size > 0 && (
        <div className="bulk-bar" role="toolbar">
          <span>{checked.size} {w.selected}</span>
          {ctx.isEditor && (
            <>
              <select aria-label={w.assignTo} value={bulkAssignee} onChange={(e) => setBulkAssignee(e.target.value)}>
                <option value="">{w.unassigned}</option>
                {ctx.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
              </select>
              <button type="button" className="button small" disabled={busy} onClick={() => assign([...checked], bulkAssignee || null)}>{w.assign}</button>
            </>
          )}
          {checked.size >= 2 && <button type="button" className="button secondary small" disabled={busy} onClick={merge}>{w.merge}</button>}
        </div>
      )}
      <div className="sr-only" aria-live="polite">
        {arrived.count > 0 && <p key={arrived.seq}>{arrived.count === 1 ? w.changedOne : w.changedMany.replace("{n}", String(arrived.count))}</p>}
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
            <SourceViewer ctx={ctx} claim={selected} sourceId={viewerSourceId} onClose={() => setViewerSourceId(null)} onClaim={onClaim} />
          ) : keyboardSelect ? (
            <SelectableText text={bulletin.cleanText} label={w.bulletinText} hint={w.keyboardSelectHint} lang={bulletin.language === "zh" ? "zh-CN" : "en"} initial={selected} focusOnMount={focusText} />
          ) : mounted ? (
            <BulletinText text={bulletin.cleanText} claims={claims} language={bulletin.language} onSelect={select} w={w} />
          ) : (
            <p className="muted" data-testid="text-loading">{w.loadingText}</p>
          )}
        </section>
        <ClaimQueue ctx={ctx} claims={shown} text={bulletin.cleanText} selectedId={selectedId} checked={checked} filters={filters} onFilters={setFilters} onSelect={select}
          onCheck={(ids, on) => setChecked((prev) => { const next = new Set(prev); for (const id of ids) if (on) next.add(id); else next.delete(id); return next; })} />
        <ClaimPanel
          ctx={ctx}
          claim={selected}
          loading={summary !== null && !selected}
          loadFailed={details.failed}
          draft={(selected && drafts[selected.id]) || {}}
          onDraft={(d) => selected && setDrafts((all) => ({ ...all, [selected.id]: d }))}
          act={act}
          busy={busy}
          notice={notice}
          onSpanTool={spanTool}
          onAssign={(assigneeId) => selected && assign([selected.id], assigneeId)}
          onOpenSource={(id) => { setFocusText(false); setViewerSourceId(id); }}
          onClaim={onClaim}
          onConflict={(message, current) => {
            if (current) setClaims([current]);
            setNotice({ kind: current ? "conflict" : "error", message });
          }}
          onAcknowledge={async (findingId) => {
            if (!selected) return;
            setBusy(true);
            apply(await acknowledgeFindingAction({ claimId: selected.id, version: selected.version, findingId }), (c) => [c]);
            setBusy(false);
          }}
          onComment={async (body) => {
            if (!selected) return false;
            const result = await actions.addCommentAction({ claimId: selected.id, body, requestKey: commentKey.keyFor([selected.id, body]) });
            if (result.ok) commentKey.done();
            if (!result.ok) setNotice({ kind: "error", message: result.error.message });
            else remember([{ ...selected, commentCount: selected.commentCount + 1 }]);
            return result.ok;
          }}
        />
      </div>
      {help && <ShortcutsDialog w={w} onClose={() => setHelp(false)} />}
    </div>
  );
}
