"use client";

import { useEffect, useId, useRef } from "react";

type Props = { text: string; label: string; hint: string; lang?: string; initial?: { start: number; end: number } | null; focusOnMount?: boolean };

/**
 * The keyboard path to choosing a passage: the text in a field where the arrow keys move and Shift
 * with the arrow keys selects, as in any text box. The field keeps its selection when focus moves on
 * to the tool that uses it (see `selectionOffsets`). It is not `readonly`, because Chromium gives a
 * read-only field no caret; every edit is refused instead.
 */
export function SelectableText({ text, label, hint, lang, initial, focusOnMount = true }: Props) {
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  // A field turns "\r\n" into "\n"; keeping the length keeps its offsets those of the text.
  const shown = text.replace(/\r\n?/g, (m) => (m.length === 2 ? "\u200b\n" : "\n"));
  useEffect(() => {
    const node = field.current!;
    const refuse = (event: Event) => event.preventDefault();
    node.addEventListener("beforeinput", refuse);
    if (focusOnMount) node.focus();
    return () => node.removeEventListener("beforeinput", refuse);
    // Focus is for the moment the field appears only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [start, end] = [initial?.start, initial?.end];
  useEffect(() => {
    if (start !== undefined && end !== undefined) field.current?.setSelectionRange(start, end);
  }, [start, end]);
  return (
    <>
      <p id={hintId} className="muted small keyboard-hint">{hint}</p>
      <textarea
        ref={field}
        aria-readonly="true"
        inputMode="none"
        spellCheck={false}
        data-selectable-text
        className="selectable-text"
        value={shown}
        // What composition slips past beforeinput, React puts back.
        onChange={() => {}}
        aria-label={label}
        aria-describedby={hintId}
        lang={lang}
        rows={16}
      />
    </>
  );
}
