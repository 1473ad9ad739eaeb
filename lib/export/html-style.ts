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
  body { margin: 0; max-width: none; font-size: 11pt; }
  section.claim { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
}
`;
