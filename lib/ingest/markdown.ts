// Written by hand: Markdown libraries render HTML, and we only need the words back out.

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const RULE_OR_UNDERLINE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|=+|-+)\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const BULLET = /^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;

// Escaped punctuation and code spans are parked in private-use characters so emphasis rules skip them.
const PARK = 0xe000;
const park = (s: string) => [...s].map((c) => String.fromCharCode(PARK + c.charCodeAt(0))).join("");
const unpark = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - PARK));

function inline(line: string): string {
  return unpark(
    line
      .replace(/\\([\\`*_{}[\]()#+\-.!~>|])/g, (_, c: string) => park(c))
      .replace(/(`+)([\s\S]*?)\1/g, (_, __, code: string) => park(code.trim()))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, "$1")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
      .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2"),
  );
}

function tableRow(line: string): string {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim()).join("\t");
}

/** Markdown → readable text: markers gone, link text kept, line and paragraph breaks kept. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (RULE_OR_UNDERLINE.test(line) || TABLE_DIVIDER.test(line) || REFERENCE_DEFINITION.test(line)) continue;
    let text = line.replace(QUOTE, "");
    const heading = HEADING.exec(text);
    if (heading) text = heading[1];
    else text = text.replace(BULLET, "$1");
    if (/^\s*\|.*\|\s*$/.test(text)) text = tableRow(text);
    out.push(inline(text));
  }
  return out.join("\n");
}
