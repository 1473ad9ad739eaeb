"use client";

import { useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { Catalogue } from "@/lib/i18n/catalogue";
import type { VerdictName } from "@/lib/claims/draft-rationale";

type M = Catalogue["board"];

/** The server's refusal, inside the dialog that asked: the page behind a modal dialog cannot be read. */
function DialogError({ error }: { error?: string | null }) {
  return error ? <p className="alert error" role="alert">{error}</p> : null;
}

/** Not checkable needs a reason, asked for in a small dialog. */
export function ReasonDialog({ m, figure, busy, error, onSave, onClose }: { m: M; figure: string; busy: boolean; error?: string | null; onSave: (note: string) => void; onClose: () => void }) {
  const [note, setNote] = useState("");
  return (
    <ModalDialog labelledBy="reason-title" onClose={onClose}>
      <form onSubmit={(event) => { event.preventDefault(); if (note.trim()) onSave(note.trim()); }}>
        <h2 id="reason-title">{m.reasonTitle}</h2>
        <p><strong>{figure}</strong></p>
        <DialogError error={error} />
        <label className="field">{m.reason}
          <input name="note" value={note} onChange={(event) => setNote(event.target.value)} required maxLength={2000} />
        </label>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !note.trim()}>{busy ? m.saving : m.save}</button>
          <button type="button" className="button secondary" onClick={onClose}>{m.cancel}</button>
        </div>
      </form>
    </ModalDialog>
  );
}

export function AcceptAllDialog({ m, text, busy, error, onConfirm, onClose }: { m: M; text: string; busy: boolean; error?: string | null; onConfirm: () => void; onClose: () => void }) {
  return (
    <ModalDialog labelledBy="accept-all-title" onClose={onClose}>
      <h2 id="accept-all-title">{m.acceptAllTitle}</h2>
      <p>{text}</p>
      <DialogError error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>{busy ? m.saving : m.acceptAll}</button>
        <button type="button" className="button secondary" onClick={onClose}>{m.cancel}</button>
      </div>
    </ModalDialog>
  );
}

/** Every ready claim at once, each shown with the verdict and rationale it will be proposed with. */
export function ProposeAllDialog({ m, text, items, busy, error, onConfirm, onClose }: { m: M; text: string; items: { number: number; verdict: string; rationale: string }[]; busy: boolean; error?: string | null; onConfirm: () => void; onClose: () => void }) {
  return (
    <ModalDialog labelledBy="propose-all-title" onClose={onClose} wide>
      <h2 id="propose-all-title">{m.proposeAllTitle}</h2>
      <p>{text}</p>
      <ol className="propose-all-list" data-testid="propose-all-list">
        {items.map((item) => (
          <li key={item.number}><strong>#{item.number} · {item.verdict}</strong><div className="small propose-all-rationale">{item.rationale}</div></li>
        ))}
      </ol>
      <DialogError error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>{busy ? m.saving : m.proposeAll}</button>
        <button type="button" className="button secondary" onClick={onClose}>{m.cancel}</button>
      </div>
    </ModalDialog>
  );
}

type ProposeProps = { m: M; title: string; verdicts: Record<VerdictName, string>; draft: string; verdict: VerdictName; busy: boolean; error?: string | null; onSend: (verdict: VerdictName, rationale: string) => void; onClose: () => void };

/** The drafted rationale, editable before it goes to the second reviewer. */
export function ProposeDialog({ m, title, verdicts, draft, verdict: suggested, busy, error, onSend, onClose }: ProposeProps) {
  const [verdict, setVerdict] = useState<VerdictName>(suggested);
  const [rationale, setRationale] = useState(draft);
  return (
    <ModalDialog labelledBy="propose-title" onClose={onClose} wide>
      <form onSubmit={(event) => { event.preventDefault(); if (rationale.trim()) onSend(verdict, rationale.trim()); }}>
        <h2 id="propose-title">{title}</h2>
        <label className="field">{m.verdict}
          <select value={verdict} onChange={(event) => setVerdict(event.target.value as VerdictName)}>
            {(Object.keys(verdicts) as VerdictName[]).map((v) => <option key={v} value={v}>{verdicts[v]}</option>)}
          </select>
        </label>
        <label className="field">{m.rationale}
          <textarea value={rationale} onChange={(event) => setRationale(event.target.value)} rows={Math.min(12, draft.split("\n").length + 2)} maxLength={10_000} />
        </label>
        <DialogError error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !rationale.trim()}>{busy ? m.saving : m.send}</button>
          <button type="button" className="button secondary" onClick={onClose}>{m.cancel}</button>
        </div>
      </form>
    </ModalDialog>
  );
}

export function BoardShortcuts({ m, onClose }: { m: M; onClose: () => void }) {
  const rows: [string, string][] = [
    ["j / k", m.shortcutMove], ["Enter", m.shortcutAccept], ["d", m.shortcutDiffers], ["n", m.shortcutNotFound],
    ["x", m.shortcutNotCheckable], ["o", m.shortcutOpen], ["?", m.shortcutHelp], ["Esc", m.cancel],
  ];
  return (
    <ModalDialog labelledBy="board-shortcuts-title" onClose={onClose}>
      <h2 id="board-shortcuts-title">{m.shortcuts}</h2>
      <table className="data"><tbody>{rows.map(([key, what]) => <tr key={key}><td><kbd>{key}</kbd></td><td>{what}</td></tr>)}</tbody></table>
      <button type="button" className="button secondary" onClick={onClose} data-autofocus>{m.cancel}</button>
    </ModalDialog>
  );
}
