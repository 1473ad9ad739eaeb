import type { Edit } from "./rewriter";

const PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』" };
const CLOSERS = new Set(Object.values(PAIRS));

const SENTENCE_END = /[。！？!?；;\n]/g;

/** Where a quote opened at `at` is closed: before the end of its sentence, or before the next opener of its kind. */
function closingPoint(text: string, at: number, ch: string): number {
  SENTENCE_END.lastIndex = at + 1;
  const end = SENTENCE_END.exec(text)?.index ?? text.length;
  const again = text.indexOf(ch, at + 1);
  return again >= 0 && again < end ? again : end;
}

/**
 * Chinese quotation marks within a paragraph: one never closed (`汇聚“向上力量。`) is closed at the
 * end of its sentence (`汇聚“向上力量”。`), which keeps the words quoted and can be undone like any
 * change; a closing mark that nothing opened is deleted.
 */
export function unpairedQuotes(text: string): Edit[] {
  const edits: Edit[] = [];
  let stack: { ch: string; at: number }[] = [];
  const close = (open: { ch: string; at: number }) => {
    const at = closingPoint(text, open.at, open.ch);
    edits.push({ start: at, end: at, replacement: PAIRS[open.ch], kind: "unpaired-quote" });
  };
  const flush = () => {
    for (const open of stack) close(open);
    stack = [];
  };
  for (const m of text.matchAll(/[“”「」『』\n]/g)) {
    const ch = m[0];
    const i = m.index;
    if (ch === "\n") flush();
    else if (ch in PAIRS) {
      // A second opener of the same kind before any closer: the first one was never closed.
      const same = stack.findIndex((o) => o.ch === ch);
      if (same >= 0) {
        close(stack[same]);
        stack.splice(same, 1);
      }
      stack.push({ ch, at: i });
    } else if (CLOSERS.has(ch)) {
      const idx = stack.map((o) => PAIRS[o.ch]).lastIndexOf(ch);
      if (idx < 0) edits.push({ start: i, end: i + 1, replacement: "", kind: "unpaired-quote" });
      else {
        // Openers above the match were never closed.
        for (const o of stack.slice(idx + 1)) close(o);
        stack = stack.slice(0, idx);
      }
    }
  }
  flush();
  return edits.sort((a, b) => a.start - b.start);
}
