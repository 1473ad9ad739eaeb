"use client";

import type { ClaimView, Draft, WorkspaceContext } from "./types";

export const VERDICT_KEYS = ["ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIABLE"] as const;

export type Act = (
  kind: "start" | "propose" | "approve" | "send-back" | "reopen" | "dismiss" | "restore",
  claim: ClaimView,
  extra?: Record<string, unknown>,
) => Promise<boolean>;

type Props = { ctx: WorkspaceContext; claim: ClaimView; draft: Draft; onDraft: (d: Draft) => void; act: Act; busy: boolean };

/** The workflow buttons that fit the claim's status; the server decides again on every click. */
export function VerdictControls({ ctx, claim, draft, onDraft, act, busy }: Props) {
  const { w, isEditor } = ctx;
  const verdict = draft.verdict ?? claim.verdict ?? "";
  const rationale = draft.rationale ?? claim.rationale ?? "";

  if (claim.dismissed) {
    return <button type="button" className="button secondary" disabled={busy} onClick={() => act("restore", claim)}>{w.restore}</button>;
  }
  if (claim.status === "VERIFIED") {
    return isEditor ? <button type="button" className="button secondary" disabled={busy} onClick={() => act("reopen", claim)}>{w.reopen}</button> : null;
  }
  // A proposal waiting for review is shown, with approve and send back, at the top of the panel.
  if (claim.status === "IN_REVIEW") return null;
  return (
    <div className="stack verdict-area">
      {claim.status === "UNVERIFIED" && (
        <button type="button" className="button secondary" disabled={busy} onClick={() => act("start", claim)}>{w.start}</button>
      )}
      <fieldset className="verdicts">
        <legend>{w.verdict}</legend>
        {VERDICT_KEYS.map((v, i) => (
          <label key={v} className={`verdict-option v-${v}${verdict === v ? " chosen" : ""}`}>
            <input type="radio" name={`verdict-${claim.id}`} value={v} checked={verdict === v} onChange={() => onDraft({ ...draft, verdict: v })} />
            <kbd>{i + 1}</kbd> {w[`verdict${v}`]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="rationale">{w.rationale}</label>
        <textarea id="rationale" rows={4} value={rationale} onChange={(e) => onDraft({ ...draft, rationale: e.target.value })} />
      </div>
      <div className="inline-form">
        <button type="button" className="button" disabled={busy} onClick={() => act("propose", claim, { verdict, rationale })}>{w.propose}</button>
        <button type="button" className="button secondary" disabled={busy} onClick={() => act("dismiss", claim)}>{w.dismiss}</button>
      </div>
    </div>
  );
}
