/** The report's stylesheet, embedded so the saved file looks the same offline and on paper. */
export const REPORT_CSS = `
body { font: 16px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
.kicker { color: #555; margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.num { text-align: right; }
section.claim { border-top: 2px solid #ddd; padding-top: 1rem; margin-top: 1.5rem; }
.verdict { display: inline-block; padding: 0 .5rem; border-radius: .25rem; font-weight: 600; background: #eee; }
.v-ACCURATE { background: #d8f0dc; } .v-MOSTLY_ACCURATE { background: #e8f3d4; }
.v-MISLEADING { background: #fbe8c8; } .v-INACCURATE { background: #f6d3d3; } .v-UNVERIFIABLE { background: #e4e4ee; }
blockquote { margin: .75rem 0; padding: .25rem 1rem; border-left: 4px solid #bbb; background: #fafafa; }
blockquote footer { font-size: .9rem; color: #444; }
.stance { font-weight: 600; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 11pt; }
  section.claim { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
}
`;

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a title cannot end the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `).replace(/</g, "\\3c ")}"`;
}

/**
 * Paper: margins, the bulletin's title at the top of every page and "page n of m" at the foot.
 * Chromium draws @page margin boxes when printing; the title comes in as a CSS string.
 */
export function printPageCss(title: string, labels: { pageOf: string }): string {
  const [before, between, after] = labels.pageOf.split(/\{page\}|\{pages\}/);
  return `
@page {
  size: A4;
  margin: 22mm 18mm 20mm;
  @top-center { content: ${cssString(title)}; font: 9pt system-ui, "Noto Sans CJK SC", sans-serif; color: #555; }
  @bottom-center { content: ${cssString(before ?? "")} counter(page) ${cssString(between ?? "")} counter(pages) ${cssString(after ?? "")}; font: 9pt system-ui, "Noto Sans CJK SC", sans-serif; color: #555; }
}
`;
}
