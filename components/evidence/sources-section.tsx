"use client";

import { useState } from "react";
import { deleteEvidenceAction, detachSourceAction, editEvidenceAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import type { Correct } from "@/components/workspace/claim-panel";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";
import { addSourceAction, attachSourceAction, fetchSourceAction } from "@/app/(workspace)/bulletins/[id]/source-actions";
import { AttachSourceDialog, type AttachTarget } from "./attach-source-dialog";

/** The claim as the attach dialog's target: each action brings the claim back, shown at once. */
function claimTarget(claim: ClaimView, onClaim: (view: ClaimView) => void): AttachTarget {
  return {
    field: "claimId", id: claim.id, attachedIds: new Set(claim.sources.map((s) => s.id)),
    attach: async (sourceId) => {
      const result = await attachSourceAction({ claimId: claim.id, sourceId });
      if (result.ok) onClaim(result.data);
      return result;
    },
    add: async (data) => {
      const result = await addSourceAction(data);
      if (result.ok) onClaim(result.data.claim);
      return result;
    },
    fetchUrl: async (input) => {
      const result = await fetchSourceAction(input);
      if (result.ok) onClaim(result.data.claim);
      return result;
    },
  };
}

type Props = {
  ctx: WorkspaceContext; claim: ClaimView; bulletinId: string; onOpen: (sourceId: string) => void; onClaim: (view: ClaimView) => void;
  correct: Correct; locked: boolean; busy: boolean;
};
type Evidence = ClaimView["evidence"][number];
const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;

/** Edits a piece of evidence's stance and note in place. */
function EvidenceEditor({ ctx, evidence, correct, busy, onDone }: { ctx: WorkspaceContext; evidence: Evidence; correct: Correct; busy: boolean; onDone: () => void }) {
  const { e, c } = ctx;
  const [stance, setStance] = useState(evidence.stance);
  const [note, setNote] = useState(evidence.note ?? "");
  return (
    <form className="inline-form evidence-editor" onSubmit={async (ev) => {
      ev.preventDefault();
      if (await correct((ref) => editEvidenceAction({ ...ref, evidenceId: evidence.id, stance, note: note || null }))) onDone();
    }}>
      <select aria-label={e.stance} value={stance} onChange={(ev) => setStance(ev.target.value as typeof stance)}>
        {STANCES.map((s) => <option key={s} value={s}>{e[`stance${s}`]}</option>)}
      </select>
      <input aria-label={e.note} placeholder={e.note} value={note} onChange={(ev) => setNote(ev.target.value)} />
      <button type="submit" className="button small" disabled={busy}>{c.save}</button>
      <button type="button" className="button secondary small" onClick={onDone}>{c.cancel}</button>
    </form>
  );
}

/** The claim's sources and the passages quoted from them, each with its stance; wrong ones are detached, edited or deleted. */
export function SourcesSection({ ctx, claim, bulletinId, onOpen, onClaim, correct, locked, busy }: Props) {
  const { e, c } = ctx;
  const [attaching, setAttaching] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="sources" data-testid="sources">
      <h3>{e.sources}</h3>
      {claim.sources.length === 0 && <p className="muted">{e.noSources}</p>}
      <ul className="source-list">
        {claim.sources.map((s) => (
          <li key={s.id}>
            <div className="source-head">
              <strong>{s.title}</strong>
              <span className="badge">{e[`kind${s.kind}`]}</span>
              <span className="muted" title={e.credibilityHelp}>{"★".repeat(s.credibility)}{"☆".repeat(5 - s.credibility)}</span>
            </div>
            <div className="muted small">
              {[s.publisher, s.publishedOn].filter(Boolean).join(" · ")}
              {s.url && <>{s.publisher || s.publishedOn ? " · " : ""}<a href={s.url} rel="noopener noreferrer" target="_blank">{new URL(s.url).hostname}</a></>}
            </div>
            <ul className="evidence-list">
              {claim.evidence.filter((ev) => ev.sourceId === s.id).map((ev) => (
                <li key={ev.id} className={`evidence st-${ev.stance}${ev.anchor === "ORPHANED" ? " orphaned" : ""}`}>
                  <span className={`badge stance-${ev.stance}`}>{e[`stance${ev.stance}`]}</span>
                  <q>{ev.exact}</q>
                  {ev.note && <div className="muted small">{ev.note}</div>}
                  {ev.anchor === "ORPHANED" && <div className="field-error">⚠ {e.orphaned}</div>}
                  {ev.anchor === "REANCHORED" && <span className="muted small"> · {e.reanchored}</span>}
                  <span className="muted small"> · {ev.createdBy.name}</span>
                  {!locked && editing !== ev.id && (
                    <span className="evidence-tools">
                      <button type="button" className="link-button small" onClick={() => setEditing(ev.id)}>{c.editEvidence}</button>
                      <button type="button" className="link-button small danger" disabled={busy} onClick={() => correct((ref) => deleteEvidenceAction({ ...ref, evidenceId: ev.id }))}>{c.deleteEvidence}</button>
                    </span>
                  )}
                  {editing === ev.id && <EvidenceEditor ctx={ctx} evidence={ev} correct={correct} busy={busy} onDone={() => setEditing(null)} />}
                </li>
              ))}
            </ul>
            <div className="inline-form">
              <button type="button" className="button secondary small" onClick={() => onOpen(s.id)}>{e.open}</button>
              {!locked && (
                <button type="button" className="button secondary small danger" title={c.detachSourceTitle} disabled={busy}
                  onClick={() => correct((ref) => detachSourceAction({ ...ref, sourceId: s.id }))}>{c.detachSource}</button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!locked && <button type="button" className="button secondary small" onClick={() => setAttaching(true)}>{e.attachSource}</button>}
      {attaching && <AttachSourceDialog ctx={ctx} target={claimTarget(claim, onClaim)} bulletinId={bulletinId} onClose={() => setAttaching(false)} />}
    </section>
  );
}
