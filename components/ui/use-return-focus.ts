"use client";

import { useEffect, type RefObject } from "react";

type Steps = {
  /** Runs once the opener is noted (a dialog opens here); returns what takes focus, else the element does. */
  enter?: (element: HTMLElement) => HTMLElement | null | undefined;
  leave?: (element: HTMLElement) => void;
};

/**
 * On mount, moves focus into `ref` (`[data-autofocus]` first); on unmount, gives it back to the
 * control that had it, unless the reader has moved on to something else meanwhile.
 */
export function useReturnFocus(ref: RefObject<HTMLElement | null>, { enter, leave }: Steps = {}) {
  useEffect(() => {
    const element = ref.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const initial = enter?.(element);
    (element.querySelector<HTMLElement>("[data-autofocus]") ?? initial ?? element).focus();
    return () => {
      leave?.(element);
      // Focus left on the page's body, or still inside, was in the element that is going away.
      const lost = !document.activeElement || document.activeElement === document.body || element.contains(document.activeElement);
      if (lost && opener?.isConnected) opener.focus();
    };
    // Once per mount: the opener is whatever had focus when the element appeared.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
