/** W3C Web Annotation selectors for a passage of a source snapshot (https://www.w3.org/TR/annotation-model/#selectors). */

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Describe `text.slice(start, end)` by its quote, some context either side, and its offsets. */
export function describeSelection(text: string, start: number, end: number, contextChars = 32): PassageSelectors {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - contextChars), s),
      suffix: text.slice(e, e + contextChars),
    },
    position: { type: "TextPositionSelector", start: s, end: e },
  };
}
