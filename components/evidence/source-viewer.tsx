"use client";

import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { addEvidenceAction, addSnapshotAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";
import { useRequestKey } from "@/components/ui/request-key";
import { selectionOffsets } from "@/components/workspace/bulletin-text";
import { SelectableText } from "@/components/ui/selectable-text";
import { useReturnFocus } from "@/components/ui/use-return-focus";

type Source = {
  id: string; title: string; publisher: string | null; url: string | null;
  snapshot: { id: string; text: string; takenAt: string } | null;
};

type Props = { ctx: WorkspaceContext; claim: ClaimView; sourceId: string; onClose: () => void; onClaim: (view: ClaimView) => void };

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
export function SourceViewer({ ctx, claim, sourceId, onClose, onClaim }: Props) {
  const evidenceKey = useRequestKey();
  const snapshotKey = useRequestKey();
  const { e, w } = ctx;
  const [source, setSource] = useState<Source | null>(null);
  const [stance, setStance] = useState<"SUPPORTS" | "REFUTES" | "CONTEXT">("SUPPORTS");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [keyboardSelect, setKeyboardSelect] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  // Opening moves focus to the viewer, closing gives it back to "Read and quote".
  const viewerRef = useRef<HTMLElement>(null);
  useReturnFocus(viewerRef);

  const load = useCallback(() => {
    fetch(`/api/v1/sources/${sourceId}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { data: Source }) => setSource(body.data))
      .catch(() => setError(e.sourceNotLoaded));
  }, [sourceId, e.sourceNotLoaded]);
  useEffect(load, [load]);

  const snapshot = source?.snapshot;
  const marks = snapshot
    ? claim.evidence.filter((ev) => ev.sourceId === sourceId && ev.snapshotId === snapshot.id && ev.anchor !== "ORPHANED")
    : [];

  async function addEvidence() {
    const range = selectionOffsets(textRef.current);
    if (!snapshot || !range || range.end <= range.start) return setError(e.selectPassage);
    setBusy(true);
    setError(null);
    const result = await addEvidenceAction({ claimId: claim.id, sourceId, snapshotId: snapshot.id, ...range, stance, note, requestKey: evidenceKey.keyFor([claim.id, sourceId, snapshot.id, range, stance, note]) });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    evidenceKey.done();
    window.getSelection()?.removeAllRanges();
    setNote("");
    onClaim(result.data);
  }

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
        <button type="button" className="button secondary small" onClick={onClose}>{e.close}</button>
      </div>
      {error && <p className="alert error" role="alert">{error}</p>}
      {notice && <p className="alert ok" role="status">{notice}</p>}
      <p className="muted small">{e.selectPassage}</p>
      <div className="evidence-form">
        <fieldset className="inline-form" aria-label={e.stance}>
          {(["SUPPORTS", "REFUTES", "CONTEXT"] as const).map((s) => (
            <label key={s} className="check"><input type="radio" name="stance" checked={stance === s} onChange={() => setStance(s)} /> <span className={`evidence-mark stance-${s}`}>{e[`stance${s}`]}</span></label>
          ))}
        </fieldset>
        <input className="note-input" aria-label={e.note} placeholder={e.note} value={note} onChange={(ev) => setNote(ev.target.value)} />
        <button type="button" className="button small" disabled={busy || !snapshot} onMouseDown={(ev) => ev.preventDefault()} onClick={addEvidence}>{e.addEvidence}</button>
        <button type="button" className="button secondary small" aria-pressed={keyboardSelect} onClick={() => setKeyboardSelect((on) => !on)}>{w.keyboardSelect}</button>
      </div>
      <div className="source-text" ref={textRef} data-testid="source-text">
        {snapshot && keyboardSelect && <SelectableText text={snapshot.text} label={source?.title ?? e.sourceText} hint={w.keyboardSelectHint} />}
        {snapshot && !keyboardSelect && pieces(snapshot.text, marks).map((p) =>
          p.stance ? (
            <Fragment key={p.start}>
              <span className="sr-only mark-label">{e.evidenceMark.replace("{stance}", e[`stance${p.stance}`])}</span>
              <mark className={`evidence-mark stance-${p.stance}`} data-start={p.start}>{snapshot.text.slice(p.start, p.end)}</mark>
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
          <input name="file" type="file" accept=".txt,.md,.html,.htm,.docx,.pdf" aria-label={e.sourceFile} />
          <button type="submit" className="button secondary small" disabled={busy}>{e.newSnapshot}</button>
        </form>
      </details>
    </section>
  );
}
