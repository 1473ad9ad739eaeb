// Hand-written: marked and friends render Markdown, none escapes text for it. Only what would
// change the rendering is escaped, so `同舟共济,守望相助(…)` stays as it is; a test renders every
// escaped string back (CommonMark with GFM) and compares the text.

/** Characters that open emphasis, code, links, strikethrough, or escape the next one. */
const ALWAYS = /[\\`*_~[]/g;
/** `<` before a tag, comment or autolink. */
const TAG_OPEN = /<(?=[A-Za-z/!?])/g;
/** `&` that would start an entity reference. */
const ENTITY = /&(?=#\d{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/** GFM turns bare URLs and e-mail addresses into links: break the pattern, not the text. */
const AUTOLINK = [/(?<=\b(?:https?|ftp)):(?=\/\/)/gi, /(?<=\bwww)\.(?=\w)/gi, /(?<=[\w.+-])@(?=[\w-])/g];

/** User text for the middle of one line (after a label, inside a heading): newlines become spaces. */
export function mdInline(text: string): string {
  let out = text.replace(/\s+/g, " ").trim().replace(ALWAYS, "\\$&").replace(TAG_OPEN, "\\<").replace(ENTITY, "\\&");
  for (const pattern of AUTOLINK) out = out.replace(pattern, "\\$&");
  return out;
}

/** A table cell: a pipe would end it. */
export function mdCell(text: string): string {
  return mdInline(text).replace(/\|/g, "\\|");
}

/** A heading's text: a closing run of `#` would be taken for the heading's closing marks. */
export function mdHeading(text: string): string {
  return mdInline(text).replace(/(^|\s)(#+)$/, "$1\\$2");
}

/**
 * Text at the start of a line: what would make it a heading, quote, list item, thematic break,
 * heading underline or a table's delimiter row (`:-`, under the line before) is escaped, and pipes,
 * which could make a table with the next line.
 */
export function mdLineStart(text: string): string {
  const line = mdInline(text).replace(/\|/g, "\\|");
  if (/^[-=_+](?:\s*[-=_+\\*])*$/.test(line) || /^:?\s*-[-\s]*:?$/.test(line)) return `\\${line}`;
  return line
    .replace(/^(#{1,6})(?=\s|$)/, "\\$1")
    .replace(/^>/, "\\>")
    .replace(/^([-+])(?=\s|$)/, "\\$1")
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/** User text over several lines: each line escaped, blank lines dropped (they would end the block),
 * lines joined with hard breaks so the reader sees the writer's line breaks. */
export function mdLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => mdLineStart(line))
    .filter((line) => line.length > 0)
    .map((line, i, all) => (i < all.length - 1 ? `${line}\\` : line));
}

export function mdBlock(text: string): string {
  return mdLines(text).join("\n");
}

/** `[text](<url>)`; the URL is already checked to be http(s), and `new URL().href` percent-encodes `<>` and spaces. */
export function mdLink(text: string, url: string): string {
  return `[${mdInline(text)}](<${url}>)`;
}
