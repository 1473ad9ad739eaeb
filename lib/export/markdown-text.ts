// Hand-written: marked and friends render Markdown, none escapes text for it.

/** Every ASCII punctuation mark may be backslash-escaped in CommonMark; escaping all of them means
 * no user text can open a link, emphasis, heading, list, table cell or raw HTML. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** User text for one line of Markdown (a heading, a list item, a table cell): newlines become spaces. */
export function mdInline(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(PUNCTUATION, "\\$&");
}

/** User text over several lines: each line escaped, blank lines dropped (they would end the block),
 * lines joined with hard breaks so the reader sees the writer's line breaks. */
export function mdLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => mdInline(line))
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
