"use client";

import { useState } from "react";
import { proposeFigureCheckAction, recordFigureCheckAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";

type Proposal = {
  result: "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND";
  reason: string;
  sourceId?: string; sourceTitle?: string; snapshotId?: string;
  sourceValue?: string; sourceText?: string; sourceStart?: number; sourceEnd?: number;
  passage?: string; relativeDifference?: number; claimValue: string;
};

const RESULTS = ["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND", "NOT_CHECKABLE"] as const;

type Props = { ctx: WorkspaceContext; claim: ClaimView; onClaim: (view: ClaimView) => void; onConflict: (message: string, current?: ClaimView) => void; locked: boolean };

/** Each figure beside the number its sources give: the app proposes, the reviewer decides. */
export function FigureChecks({ ctx, claim, onClaim, onConflict, locked }: Props) {
  const { e, w, locale } = ctx;
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

  return (
    <section>
      <h3>{w.figures}</h3>
      <table className="data figures">
        <tbody>
          {claim.figures.map((f) => (
            <tr key={f.id} data-testid={`figure-${f.text}`}>
              <td><code>{f.text}</code></td>
              <td>
                {f.approx !== "exact" && <span className="muted">{f.approx} </span>}{show(f.value)}{f.valueMax ? ` – ${show(f.valueMax)}` : ""} {f.currency ?? f.unit ?? ""}
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
              <td>
                {!locked && <button type="button" className="button secondary small" onClick={() => start(f.id)} disabled={busy}>{e.check}</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <div className="figure-check card" data-testid="figure-check">
          {error && <p className="alert error" role="alert">{error}</p>}
          {proposal && (
            <div className="comparison">
              <div><span className="muted">{e.claimValue}</span> <strong>{show(proposal.claimValue)}</strong></div>
              <div><span className="muted">{e.sourceValue}</span> <strong>{show(proposal.sourceValue)}</strong> {proposal.sourceTitle && <span className="muted">· {proposal.sourceTitle}</span>}</div>
              <div><span className="muted">{e.proposal}</span> <span className={`badge check-${proposal.result}`}>{e[`result${proposal.result}`]}</span> <span className="small">{proposal.reason}</span></div>
              {proposal.passage && <blockquote className="passage">{proposal.passage}</blockquote>}
            </div>
          )}
          <div className="inline-form">
            <label htmlFor="figure-result">{e.result}</label>
            {/* Disabled until the proposal arrives, so it cannot overwrite the reviewer's choice. */}
            <select id="figure-result" value={result} disabled={busy} onChange={(ev) => setResult(ev.target.value as (typeof RESULTS)[number])}>
              {RESULTS.map((r) => <option key={r} value={r} disabled={!proposal && r !== "NOT_CHECKABLE" && r !== "NOT_FOUND"}>{e[`result${r}`]}</option>)}
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
