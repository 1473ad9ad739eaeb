import type { Edit } from "./rewriter";

const PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』" };
const CLOSERS = new Set(Object.values(PAIRS));

/**
 * Chinese quotation marks that are never closed (`汇聚“向上力量。`) or closed without being opened,
 * within a paragraph. We delete the stray mark rather than guess where the other half belonged.
 */
export function unpairedQuotes(text: string): Edit[] {
  const edits: Edit[] = [];
  let stack: { ch: string; at: number }[] = [];
  const flush = () => {
    for (const open of stack) edits.push({ start: open.at, end: open.at + 1, replacement: "", kind: "unpaired-quote" });
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
        edits.push({ start: stack[same].at, end: stack[same].at + 1, replacement: "", kind: "unpaired-quote" });
        stack.splice(same, 1);
      }
      stack.push({ ch, at: i });
    } else if (CLOSERS.has(ch)) {
      const idx = stack.map((o) => PAIRS[o.ch]).lastIndexOf(ch);
      if (idx < 0) edits.push({ start: i, end: i + 1, replacement: "", kind: "unpaired-quote" });
      else {
        // Openers above the match were never closed.
        for (const o of stack.slice(idx + 1)) edits.push({ start: o.at, end: o.at + 1, replacement: "", kind: "unpaired-quote" });
        stack = stack.slice(0, idx);
      }
    }
  }
  flush();
  return edits.sort((a, b) => a.start - b.start);
}
