"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { useReturnFocus } from "./use-return-focus";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const focusables = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);

type Props = { labelledBy: string; onClose: () => void; wide?: boolean; children: ReactNode };

/**
 * The one modal dialog: the platform's <dialog> makes the page behind it inert; on top of that,
 * Tab and Shift+Tab wrap inside it, Escape and a click on the backdrop close it, and focus goes
 * back to whatever had it when the dialog opened.
 */
export function ModalDialog({ labelledBy, onClose, wide = false, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // A press that starts inside (selecting text in a field) and ends on the backdrop is no click outside.
  const pressedOnBackdrop = useRef(false);

  useReturnFocus(ref, {
    enter: (dialog) => ((dialog as HTMLDialogElement).showModal(), focusables(dialog)[0]),
    leave: (dialog) => (dialog as HTMLDialogElement).close(),
  });

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const items = focusables(event.currentTarget);
    if (items.length === 0) return;
    const [first, last] = [items[0], items[items.length - 1]];
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      (event.shiftKey ? last : first).focus();
      event.preventDefault();
    }
  }

  return (
    <dialog
      ref={ref}
      className={`modal${wide ? " wide" : ""}`}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: React unmounts the dialog, so the browser must not close it behind React's back.
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => { pressedOnBackdrop.current = event.target === event.currentTarget; }}
      onClick={(event) => pressedOnBackdrop.current && event.target === event.currentTarget && onClose()}
    >
      <div className="dialog card">{children}</div>
    </dialog>
  );
}
