// Hand-written rather than a template library: five characters, and every user string passes here.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in double- or single-quoted attributes. */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A link for an http(s) URL (checked by the caller); it opens no window with access to this page. */
export function htmlLink(text: string, url: string): string {
  return `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>`;
}

/** Multi-line user text with its line breaks kept. */
export function escLines(text: string): string {
  return esc(text.trim()).replace(/\r\n|\r|\n/g, "<br>");
}
