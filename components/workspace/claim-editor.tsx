"use client";

import { useState } from "react";
import { editClaimAction, setPriorityAction, setTagsAction } from "@/app/(workspace)/bulletins/[id]/correction-actions";
import { format } from "@/lib/i18n/catalogue";
import type { Correct } from "./claim-panel";
import type { ClaimView, WorkspaceContext } from "./types";

const KINDS = ["STATISTIC", "QUOTE", "EVENT", "OTHER"] as const;

type Props = { ctx: WorkspaceContext; claim: ClaimView; correct: Correct; busy: boolean; onDone: () => void };

/** Edits the claim's standalone wording, kind and speaker; a refused save keeps what was typed. */
export function ClaimEditor({ ctx, claim, correct, busy, onDone }: Props) {
  const { w, c } = ctx;
  const [statement, setStatement] = useState(claim.statement);
  const [kind, setKind] = useState(claim.kind);
  const [speaker, setSpeaker] = useState(claim.speaker ?? "");
  async function save() {
    const ok = await correct((ref) => editClaimAction({ ...ref, statement, kind, speaker: speaker.trim() || null }));
    if (ok) onDone();
  }
  return (
    <form className="claim-editor stack" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="claim-editor">
      <div className="field">
        <label htmlFor="edit-statement">{w.statement}</label>
        <textarea id="edit-statement" rows={3} value={statement} onChange={(e) => setStatement(e.target.value)} />
        <span className="muted small">{c.statementHelp}</span>
      </div>
      <div className="form-row two">
        <div className="field">
          <label htmlFor="edit-kind">{c.kind}</label>
          <select id="edit-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {KINDS.map((k) => <option key={k} value={k}>{w[`kind${k}`]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-speaker">{c.speaker}</label>
          <input id="edit-speaker" value={speaker} placeholder={c.noSpeaker} onChange={(e) => setSpeaker(e.target.value)} />
        </div>
      </div>
      <div className="inline-form">
        <button type="submit" className="button small" disabled={busy}>{c.save}</button>
        <button type="button" className="button secondary small" onClick={onDone}>{c.cancel}</button>
      </div>
    </form>
  );
}

/** Tags (suggested from those in use) and priority; triage, so open at any status. */
export function TriageControls({ ctx, claim, correct, busy }: Omit<Props, "onDone">) {
  const { c } = ctx;
  const [tag, setTag] = useState("");
  const saveTags = (tags: string[]) => correct((ref) => setTagsAction({ ...ref, tags }));
  return (
    <div className="triage" data-testid="triage">
      <ul className="tags" aria-label={c.tags}>
        {claim.tags.map((t) => (
          <li key={t} className="tag">
            {t}
            <button type="button" className="tag-remove" aria-label={format(ctx.locale, c.removeTag, { tag: t })} disabled={busy} onClick={() => saveTags(claim.tags.filter((x) => x !== t))}>×</button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={async (e) => { e.preventDefault(); if (tag.trim() && (await saveTags([...claim.tags, tag]))) setTag(""); }}>
        <input aria-label={c.addTag} placeholder={c.tagPlaceholder} list="claim-tags" value={tag} onChange={(e) => setTag(e.target.value)} className="tag-input" />
        <datalist id="claim-tags">{ctx.tags.filter((t) => !claim.tags.includes(t)).map((t) => <option key={t} value={t} />)}</datalist>
        <label className="sr-only" htmlFor="claim-priority">{c.priority}</label>
        <select id="claim-priority" value={claim.priority} disabled={busy} onChange={(e) => correct((ref) => setPriorityAction({ ...ref, priority: e.target.value as typeof claim.priority }))}>
          {(["HIGH", "NORMAL", "LOW"] as const).map((p) => <option key={p} value={p}>{c.priority}: {c[`priority${p}`]}</option>)}
        </select>
      </form>
    </div>
  );
}
