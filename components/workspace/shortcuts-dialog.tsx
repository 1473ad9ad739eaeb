"use client";

import type { Catalogue, WorkspaceMessages } from "@/lib/i18n/catalogue";

export function ShortcutsDialog({ w, r, onClose }: { w: WorkspaceMessages; r: Catalogue["review"]; onClose: () => void }) {
  const rows: [string, string][] = [
    ["j", w.shortcutNext],
    ["k", w.shortcutPrev],
    ["1 – 5", `${w.shortcutVerdict}: ${w.verdictACCURATE}, ${w.verdictMOSTLY_ACCURATE}, ${w.verdictMISLEADING}, ${w.verdictINACCURATE}, ${w.verdictUNVERIFIABLE}`],
    ["a", r.shortcutApprove],
    ["b", r.shortcutSendBack],
    ["s / r / c", r.shortcutStance],
    ["Enter", r.shortcutAddEvidence],
    ["?", w.shortcutHelp],
    ["Esc", w.shortcutClose],
  ];
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="dialog card" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title">{w.shortcuts}</h2>
        <table className="data">
          <tbody>{rows.map(([key, what]) => <tr key={key}><td><kbd>{key}</kbd></td><td>{what}</td></tr>)}</tbody>
        </table>
        <button type="button" className="button secondary" onClick={onClose} autoFocus>{w.shortcutClose}</button>
      </div>
    </div>
  );
}
