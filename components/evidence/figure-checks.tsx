"use client";

import { useState } from "react";
import { proposeFigureCheckAction, recordFigureCheckAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import { addFigureAction, editFigureAction, proposeFigureAction, removeFigureAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import type { Correct } from "@/components/workspace/claim-panel";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";
import { FigureForm } from "./figure-form";
import { DATE_KINDS, displayFigureValue } from "@/lib/export/dates";
import { reasonText, type Reason } from "@/lib/evidence/why";

type Proposal = {
  result: "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND";
  /** Why, as data: shown in the reader's language. */
  why: Reason;
  sourceId?: string; sourceTitle?: string; snapshotId?: string;
  sourceValue?: string; sourceText?: string; sourceStart?: number; sourceEnd?: number;
  passage?: string; relativeDifference?: number; claimValue: string | null;
  /** Set when the number is a table cell (RFC 7111 fragment). */
  sourceFragment?: string;
};

const RESULTS = ["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND", "NOT_CHECKABLE"] as const;

type Props = {
  ctx: WorkspaceContext;
  claim: ClaimView;
  onClaim: (view: ClaimView) => void;
  onConflict: (message: string, current?: ClaimView) => void;
  locked: boolean;
  correct: Correct;
  readSelection: () => { start: number; end: number } | null;
  busy: boolean;
  /** Opens a source at a passage (the proposed table cell), to quote it as evidence. */
  onOpenSource?: (sourceId: string, focus: { start: number; end: number }) => void;
};

type Editing = { figureId: string } | { add: FigureDraft } | null;
type FigureDraft = { start: number; end: number; text: string; value: string | null; valueMax: string | null; unit: string | null; approx: string; kind: string };

/** Each figure beside the number its sources give: the app proposes, the reviewer decides; wrong figures are corrected here. */
export function FigureChecks({ ctx, claim, onClaim, onConflict, locked, correct, readSelection, busy: panelBusy, onOpenSource }: Props) {
  const { e, w, c, locale } = ctx;
  const [editing, setEditing] = useState<Editing>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [result, setResult] = useState<(typeof RESULTS)[number]>("MATCHES");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const number = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 6 });
  const show = (v?: string | null) => (v == null ? "—" : /^-?\d+(\.\d+)?$/.test(v) ? number.format(Number(v)) : v);

  async function start(figureId: string) {
    setOpen(figureId);
    setProposal(null);
    setNote("");
    setError(null);
    setResult("NOT_CHECKABLE");
    // A vague amount has no value a source could confirm: it can only be not checkable, until a value is set.
    if (claim.figures.find((f) => f.id === figureId)?.value === null) return setNote(e.vagueValue);
    // The server knows the attached sources; the claim on screen may not have caught up with an attach yet.
    setBusy(true);
    const response = await proposeFigureCheckAction({ claimId: claim.id, figureId });
    setBusy(false);
    // No source attached: nothing to propose, "not checkable" stays the choice.
    if (!response.ok) return response.error.code === "bad_request" ? undefined : setError(response.error.message);
    setProposal(response.data);
    setResult(response.data.result);
  }

  async function confirm(figureId: string) {
    setBusy(true);
    const usesSource = proposal && result !== "NOT_CHECKABLE" && result !== "NOT_FOUND";
    const response = await recordFigureCheckAction({
      claimId: claim.id, version: claim.version, figureId, result, note,
      proposed: proposal?.result,
      ...(usesSource ? {
        sourceId: proposal.sourceId, snapshotId: proposal.snapshotId, sourceStart: proposal.sourceStart, sourceEnd: proposal.sourceEnd,
        sourceValue: proposal.sourceValue, relativeDifference: proposal.relativeDifference,
      } : {}),
    });
    setBusy(false);
    if (response.ok) {
      onClaim(response.data);
      setOpen(null);
    } else if (response.error.code === "conflict") {
      onConflict(response.error.message, (response.error.details as { current?: ClaimView } | undefined)?.current);
    } else setError(response.error.message);
  }

  async function proposeFromSelection() {
    const range = readSelection();
    if (!range) return setError(c.noFigureSelected);
    setError(null);
    setBusy(true);
    const response = await proposeFigureAction({ claimId: claim.id, ...range });
    setBusy(false);
    if (!response.ok) return setError(response.error.message);
    window.getSelection()?.removeAllRanges();
    setEditing({ add: response.data });
  }

  const vagueOpen = claim.figures.find((f) => f.id === open)?.value === null;
  const edited = editing && "figureId" in editing ? claim.figures.find((f) => f.id === editing.figureId) : null;
  return (
    <section data-testid="figures">
      <h3>{w.figures}</h3>
      {error && !open && <p className="alert error" role="alert">{error}</p>}
      <table className="data figures">
        <tbody>
          {claim.figures.map((f) => (
            <tr key={f.id} data-testid={`figure-${f.text}`}>
              <td><code>{f.text}</code></td>
              <td>
                {f.approx !== "exact" && f.value !== null && <span className="muted">{(c as Record<string, string>)[`approx.${f.approx}`] ?? f.approx} </span>}
                {f.value === null
                  ? <span className="badge vague" data-testid="vague-value">{e.vagueValue}</span>
                  : DATE_KINDS.has(f.kind)
                  ? displayFigureValue(f.kind, f.value, f.valueMax, locale)
                  : <>{show(f.value)}{f.valueMax ? ` – ${show(f.valueMax)}` : ""} {f.currency ?? f.unit ?? ""}</>}
                {f.check !== "UNCHECKED" && (
                  <div className="small">
                    <span className={`badge check-${f.check}`}>{e[`result${f.check}`]}</span>
                    {f.sourceValue && <> {e.sourceValue}: {show(f.sourceValue)}</>}
                    {f.relativeDifference != null && <> ({(f.relativeDifference * 100).toFixed(1)}%)</>}
                    {f.checkNote && <span className="muted"> · {f.checkNote}</span>}
                    {f.checkedBy && <span className="muted"> · {e.checkedBy} {f.checkedBy.name}</span>}
                  </div>
                )}
              </td>
              <td className="figure-tools">
                {!locked && (
                  <>
                    <button type="button" className="button secondary small" onClick={() => start(f.id)} disabled={busy}>{e.check}</button>
                    <button type="button" className="button secondary small" onClick={() => setEditing({ figureId: f.id })} disabled={busy}>{c.editFigure}</button>
                    <button type="button" className="button secondary small danger" title={c.removeFigureTitle} disabled={busy || panelBusy}
                      onClick={() => correct((ref) => removeFigureAction({ ...ref, figureId: f.id }))}>{c.removeFigure}</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {edited && (
        <FigureForm ctx={ctx} figure={edited} busy={panelBusy} onCancel={() => setEditing(null)}
          onSave={async (fields) => { const ok = await correct((ref) => editFigureAction({ ...ref, figureId: edited.id, ...fields })); if (ok) setEditing(null); return ok; }} />
      )}
      {editing && "add" in editing && (
        <FigureForm ctx={ctx} figure={editing.add} busy={panelBusy} onCancel={() => setEditing(null)}
          onSave={async (fields) => {
            const ok = await correct((ref) => addFigureAction({ ...ref, start: editing.add.start, end: editing.add.end, ...fields }));
            if (ok) setEditing(null);
            return ok;
          }} />
      )}
      {!locked && !editing && (
        <div className="inline-form">
          <button type="button" className="button secondary small" onClick={proposeFromSelection} disabled={busy || panelBusy} title={c.addFigureHelp}>{c.addFigure}</button>
        </div>
      )}
      {open && (
        <div className="figure-check card" data-testid="figure-check">
          {error && <p className="alert error" role="alert">{error}</p>}
          {proposal && (
            <div className="comparison">
              <div><span className="muted">{e.claimValue}</span> <strong>{show(proposal.claimValue)}</strong></div>
              <div><span className="muted">{e.sourceValue}</span> <strong>{show(proposal.sourceValue)}</strong> {proposal.sourceTitle && <span className="muted">· {proposal.sourceTitle}</span>}</div>
              <div><span className="muted">{e.proposal}</span> <span className={`badge check-${proposal.result}`}>{e[`result${proposal.result}`]}</span> <span className="small">{reasonText(proposal.why, locale)}</span></div>
              {proposal.passage && <blockquote className="passage" data-testid="proposal-passage">{proposal.passage}</blockquote>}
              {proposal.sourceFragment && proposal.sourceId && proposal.sourceStart !== undefined && proposal.sourceEnd !== undefined && onOpenSource && (
                <div>
                  <button type="button" className="button secondary small" data-testid="show-cell"
                    onClick={() => onOpenSource(proposal.sourceId!, { start: proposal.sourceStart!, end: proposal.sourceEnd! })}>{e.showCell}</button>
                  {" "}<code className="muted small">#{proposal.sourceFragment}</code>
                </div>
              )}
            </div>
          )}
          <div className="inline-form">
            <label htmlFor="figure-result">{e.result}</label>
            {/* Disabled until the proposal arrives, so it cannot overwrite the reviewer's choice. */}
            <select id="figure-result" value={result} disabled={busy} onChange={(ev) => setResult(ev.target.value as (typeof RESULTS)[number])}>
              {RESULTS.map((r) => <option key={r} value={r} disabled={(!proposal && r !== "NOT_CHECKABLE" && r !== "NOT_FOUND") || (vagueOpen && r !== "NOT_CHECKABLE")}>{e[`result${r}`]}</option>)}
            </select>
          </div>
          <input className="note-input" aria-label={e.reasonRequired} placeholder={e.reasonRequired} value={note} onChange={(ev) => setNote(ev.target.value)} />
          <div className="inline-form">
            <button type="button" className="button secondary small" onClick={() => setOpen(null)}>{e.cancel}</button>
            <button type="button" className="button small" disabled={busy} onClick={() => confirm(open)}>{e.confirm}</button>
          </div>
        </div>
      )}
    </section>
  );
}
