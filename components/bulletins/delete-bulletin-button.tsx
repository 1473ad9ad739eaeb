"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteBulletinAction } from "@/app/(workspace)/bulletins/bulletin-actions";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { WorkspaceMessages } from "@/lib/i18n/catalogue";

/** Deletion asks the editor to type the title: a deliberate act, never a stray click. */
export function DeleteBulletinButton({ bulletinId, title, w }: { bulletinId: string; title: string; w: WorkspaceMessages }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button danger small" onClick={() => setOpen(true)}>{w.deleteBulletin}</button>
      {open && (
        <ModalDialog labelledBy="delete-title" onClose={() => setOpen(false)}>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const result = await deleteBulletinAction({ bulletinId, confirmTitle: typed });
              if (result.ok) router.push("/bulletins");
              else setError(result.error.message);
            }}
          >
            <h2 id="delete-title">{w.deleteBulletin}</h2>
            <p>{w.deleteConfirm}</p>
            {error && <p className="alert error" role="alert">{error}</p>}
            <div className="field">
              <label htmlFor="confirm-title">{w.title}</label>
              <input id="confirm-title" value={typed} onChange={(e) => setTyped(e.target.value)} data-autofocus />
            </div>
            <div className="inline-form">
              <button type="button" className="button secondary" onClick={() => setOpen(false)}>{w.back}</button>
              <button type="submit" className="button danger" disabled={typed.trim() !== title.trim()}>{w.deleteBulletin}</button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
