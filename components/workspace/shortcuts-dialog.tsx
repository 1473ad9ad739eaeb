"use client";

import { useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { Catalogue, WorkspaceMessages } from "@/lib/i18n/catalogue";
import { setSingleKeyShortcuts, singleKeyShortcutsOn } from "./shortcut-setting";

export function ShortcutsDialog({ w, r, onClose }: { w: WorkspaceMessages; r: Catalogue["review"]; onClose: () => void }) {
  const [on, setOn] = useState(singleKeyShortcutsOn);
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
    <ModalDialog labelledBy="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{w.shortcuts}</h2>
      <table className="data">
        <tbody>{rows.map(([key, what]) => <tr key={key}><td><kbd>{key}</kbd></td><td>{what}</td></tr>)}</tbody>
      </table>
      <label className="check shortcut-setting">
        <input type="checkbox" checked={on} onChange={(event) => { setOn(event.target.checked); setSingleKeyShortcuts(event.target.checked); }} /> {w.singleKeyShortcuts}
      </label>
      <button type="button" className="button secondary" onClick={onClose} data-autofocus>{w.shortcutClose}</button>
    </ModalDialog>
  );
}
