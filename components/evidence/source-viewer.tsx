"use client";

import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { editEvidenceAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import { addEvidenceAction, addSnapshotAction, fetchAgainAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";
import { useRequestKey } from "@/components/ui/request-key";
import { selectionOffsets } from "@/components/workspace/bulletin-text";
import type { Correct } from "@/components/workspace/claim-panel";
import { SelectableText } from "@/components/ui/selectable-text";
import { SourceTable, type SourceTableView } from "./source-table";
import { useReturnFocus } from "@/components/ui/use-return-focus";

type Source = {
  id: string; title: string; publisher: string | null; url: string | null;
  snapshot: { id: string; text: string; takenAt: string; table?: SourceTableView | null } | null;
};

type Range = { start: number; end: number };
/** `focus`: a passage to start from, e.g. the cell a figure check proposed. */
type Props = { ctx: WorkspaceContext; claim: ClaimView; sourceId: string; focus?: Range | null; onClose: () => void; onClaim: (view: ClaimView) => void; correct?: Correct };
const STANCE_KEYS = { s: "SUPPORTS", r: "REFUTES", c: "CONTEXT" } as const;

/** Splits the snapshot at this claim's evidence so each quoted passage is highlighted in place. */
function pieces<Stance extends string>(text: string, marks: { start: number; end: number; stance: Stance }[]) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: { start: number; end: number; stance: Stance | null }[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ start: at, end: m.start, stance: null });
    out.push({ start: m.start, end: m.end, stance: m.stance });
    at = m.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length, stance: null });
  return out;
}

/** Reads a source's stored snapshot, highlights the claim's evidence, and turns a selection into evidence. */
export function SourceViewer({ ctx, claim, sourceId, focus, onClose, onClaim, correct }: Props) {
  const evidenceKey = useRequestKey();
  const snapshotKey = useRequestKey();
  const fetchKey = useRequestKey();
  const { e, c, w } = ctx;
  // The passage is kept as soon as it is selected, so choosing a stance or typing a note (which
  // clears the browser's selection) loses nothing: select, stance, note and add work in any order.
  const [pending, setPending] = useState<Range | null>(focus ?? null);
  const [source, setSource] = useState<Source | null>(null);
  const [stance, setStance] = useState<"SUPPORTS" | "REFUTES" | "CONTEXT">("SUPPORTS");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [moving, setMoving] = useState("");
  const [keyboardSelect, setKeyboardSelect] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  // Opening moves focus to the viewer, closing gives it back to "Read and quote".
  const viewerRef = useRef<HTMLElement>(null);
  useReturnFocus(viewerRef);

  const load = useCallback(() => {
    fetch(`/api/v1/sources/${sourceId}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { data: Source }) => setSource(body.data))
      .catch(() => setError(e.loadFailed));
  }, [sourceId, e.loadFailed]);
  useEffect(load, [load]);

  const snapshot = source?.snapshot;
  const quoted = snapshot
    ? claim.evidence.filter((ev) => ev.sourceId === sourceId && ev.snapshotId === snapshot.id && ev.anchor !== "ORPHANED")
    : [];
  // The pending passage wins over an earlier quote it overlaps.
  const marks = pending
    ? [{ ...pending, stance: "PENDING" as const }, ...quoted.filter((m) => m.end <= pending.start || m.start >= pending.end)]
    : quoted;

  useEffect(() => {
    function onSelection() {
      const range = selectionOffsets(textRef.current);
      if (range && range.end > range.start) setPending(range);
    }
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, []);

  async function addEvidence() {
    // A live selection is read as it is now (its last selectionchange may not have arrived yet); the kept one otherwise.
    const live = selectionOffsets(textRef.current);
    const range = live && live.end > live.start ? live : pending;
    if (!snapshot || !range || range.end <= range.start) return setError(e.selectPassage);
    setBusy(true);
    setError(null);
    const result = await addEvidenceAction({ claimId: claim.id, sourceId, snapshotId: snapshot.id, ...range, stance, note, requestKey: evidenceKey.keyFor([claim.id, sourceId, snapshot.id, range, stance, note]) });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    evidenceKey.done();
    window.getSelection()?.removeAllRanges();
    setPending(null);
    setNote("");
    onClaim(result.data);
  }

  /** A quote taken from the wrong passage moves to the selected one, keeping its stance and note. */
  async function movePassage(evidenceId: string) {
    if (!pending || !correct) return;
    if (await correct((ref) => editEvidenceAction({ ...ref, evidenceId, ...pending }))) {
      window.getSelection()?.removeAllRanges();
      setPending(null);
    }
  }
  const locked = claim.status === "IN_REVIEW" || claim.status === "VERIFIED";
  const movable = pending && correct && !locked ? quoted : [];

  const add = useRef(addEvidence);
  useEffect(() => {
    add.current = addEvidence;
  });
  useEffect(() => {
    // After selecting: s / r / c choose the stance, Enter adds it (not while typing the note).
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key as keyof typeof STANCE_KEYS;
      if (STANCE_KEYS[key]) {
        setStance(STANCE_KEYS[key]);
        event.preventDefault();
        // Enter on a button or link does what that control does (Close closes); elsewhere it adds.
      } else if (event.key === "Enter" && !target?.closest("button, a, summary") && (pending || selectionOffsets(textRef.current))) {
        event.preventDefault();
        void add.current();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pending]);

  async function replaceSnapshot(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get("file");
    if (file instanceof File && !file.name && file.size === 0) data.delete("file");
    data.set("sourceId", sourceId);
    data.set("claimId", claim.id);
    data.set("requestKey", snapshotKey.keyFor([sourceId, String(data.get("text") ?? ""), (data.get("file") as File | null)?.name ?? ""]));
    setBusy(true);
    const result = await addSnapshotAction(data);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    snapshotKey.done();
    setNotice(`${e.snapshotSaved}: ${result.data.reanchored} ${e.reanchored}, ${result.data.orphaned} ⚠`);
    form.reset();
    if (result.data.claim) onClaim(result.data.claim);
    load();
  }

  async function fetchAgain() {
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await fetchAgainAction({ sourceId, claimId: claim.id, requestKey: fetchKey.keyFor([sourceId, snapshot?.id ?? ""]) });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    fetchKey.done();
    if (!result.data.changed) return setNotice(e.fetchUnchanged);
    setNotice(`${e.fetchChanged} ${result.data.reanchored} ${e.reanchored}, ${result.data.orphaned} ⚠`);
    if (result.data.claim) onClaim(result.data.claim);
    load();
  }

  return (
    <section className="source-viewer" data-testid="source-viewer" ref={viewerRef} tabIndex={-1} aria-labelledby="source-viewer-title">
      <div className="viewer-head">
        <div>
          <h3 id="source-viewer-title">{source?.title ?? e.sourceValue}</h3>
          <div className="muted small">
            {[source?.publisher, snapshot ? `${e.snapshotTaken} ${new Date(snapshot.takenAt).toLocaleString(ctx.locale === "zh" ? "zh-CN" : "en-GB")}` : null].filter(Boolean).join(" · ")}
            {source?.url && <> · <a href={source.url} rel="noopener noreferrer" target="_blank">{source.url}</a></>}
          </div>
        </div>
        <div className="viewer-actions">
          {source?.url && /^https?:\/\//i.test(source.url) && (
            <button type="button" className="button secondary small" disabled={busy} onClick={fetchAgain} data-testid="fetch-again">{e.fetchAgain}</button>
          )}
          <button type="button" className="button secondary small" onClick={onClose}>{e.close}</button>
        </div>
      </div>
      {error && <p className="alert error" role="alert">{error}</p>}
      {notice && <p className="alert ok" role="status">{notice}</p>}
      <p className="muted small">{snapshot?.table ? e.selectCell : e.selectPassage}</p>
      {/* Above the form, so the keyboard path goes from the selection back to Add evidence. */}
      {pending && snapshot && (
        <p className="pending-passage small" data-testid="pending-passage">
          <span className="muted">{e.pendingPassage}</span> <q>{snapshot.text.slice(pending.start, pending.end)}</q>
          <button type="button" className="link-button small" onClick={() => setPending(null)} aria-label={e.clearPassage}>×</button>
          {movable.length > 0 && (
            <span className="inline-form move-passage">
              <label>
                {c.movePassage}{" "}
                <select value={moving || movable[0].id} onChange={(ev) => setMoving(ev.target.value)}>
                  {movable.map((ev) => <option key={ev.id} value={ev.id}>{ev.exact.length > 30 ? `${ev.exact.slice(0, 29)}…` : ev.exact}</option>)}
                </select>
              </label>
              <button type="button" className="button secondary small" disabled={busy} onMouseDown={(ev) => ev.preventDefault()}
                onClick={() => movePassage(movable.some((ev) => ev.id === moving) ? moving : movable[0].id)}>{c.movePassageButton}</button>
            </span>
          )}
        </p>
      )}
      <div className="evidence-form">
        <fieldset className="inline-form" aria-label={e.stance}>
          {(["SUPPORTS", "REFUTES", "CONTEXT"] as const).map((s) => (
            <label key={s} className="check"><input type="radio" name="stance" checked={stance === s} onChange={() => setStance(s)} /> <span className={`evidence-mark stance-${s}`}>{e[`stance${s}`]}</span></label>
          ))}
        </fieldset>
        <input className="note-input" aria-label={e.note} placeholder={e.note} value={note} onChange={(ev) => setNote(ev.target.value)} />
        <button type="button" className="button small" disabled={busy || !snapshot} onMouseDown={(ev) => ev.preventDefault()} onClick={addEvidence} aria-keyshortcuts="Enter">{e.addEvidence}</button>
        <button type="button" className="button secondary small" aria-pressed={keyboardSelect} onClick={() => setKeyboardSelect((on) => !on)}>{w.keyboardSelect}</button>
      </div>
      <div className="source-text" ref={textRef} data-testid="source-text">
        {snapshot && keyboardSelect && <SelectableText text={snapshot.text} label={source?.title ?? e.sourceText} hint={w.keyboardSelectHint} />}
        {snapshot?.table && !keyboardSelect && (
          <SourceTable table={snapshot.table} marks={marks} label={source?.title ?? e.sourceText} onPick={setPending}
            markLabel={(stance) => (stance === "PENDING" ? e.pendingPassage.replace(/[:：]\s*$/, "") : e.evidenceMark.replace("{stance}", e[`stance${stance as "SUPPORTS"}`]))} />
        )}
        {snapshot && !snapshot.table && !keyboardSelect && pieces(snapshot.text, marks).map((p) =>
          p.stance ? (
            <Fragment key={p.start}>
              <span className="sr-only mark-label">{p.stance === "PENDING" ? e.pendingPassage : e.evidenceMark.replace("{stance}", e[`stance${p.stance}`])}</span>
              <mark className={p.stance === "PENDING" ? "evidence-mark pending" : `evidence-mark stance-${p.stance}`} data-start={p.start} data-testid={p.stance === "PENDING" ? "pending-mark" : undefined}>{snapshot.text.slice(p.start, p.end)}</mark>
            </Fragment>
          ) : (
            <span key={p.start} data-start={p.start}>{snapshot.text.slice(p.start, p.end)}</span>
          ),
        )}
      </div>
      <details className="replace-snapshot">
        <summary>{e.newSnapshot}</summary>
        <form onSubmit={(ev) => { ev.preventDefault(); replaceSnapshot(ev.currentTarget); }}>
          <textarea name="text" rows={4} aria-label={e.sourceText} placeholder={e.sourceText} />
          <input name="file" type="file" accept=".txt,.md,.html,.htm,.docx,.pdf,.csv,.xlsx" aria-label={e.sourceFile} />
          <button type="submit" className="button secondary small" disabled={busy}>{e.newSnapshot}</button>
        </form>
      </details>
    </section>
  );
}
