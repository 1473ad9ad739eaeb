// Written by hand: textContent and Readability's textContent lose every paragraph break.

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "SVG", "IFRAME", "OBJECT", "CANVAS", "BUTTON", "SELECT"]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN",
  "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);
const CELL = new Set(["TD", "TH"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Visible text of a DOM subtree, with a blank line between block elements and a tab between table cells. */
export function htmlText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  let cellGap = false;

  const breakParagraph = () => {
    const text = current.replace(/^[ \t]+|[ \t]+$/gm, "");
    if (/\S/.test(text)) paragraphs.push(text);
    current = "";
    cellGap = false;
  };

  const walk = (node: DomNode, inPre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      // HTML collapses ASCII whitespace only; non-breaking and ideographic spaces stay for the engine.
      const text = inPre ? (node.nodeValue ?? "") : (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      if (cellGap && /\S/.test(text)) {
        current = current.replace(/ +$/, "") + "\t";
        cellGap = false;
      }
      current += current.endsWith(" ") || current.endsWith("\t") || current === "" ? text.replace(/^ /, "") : text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) breakParagraph();
    if (CELL.has(name) && /\S/.test(current)) cellGap = true;
    for (const child of Array.from(node.childNodes)) walk(child, inPre || name === "PRE");
    if (block) breakParagraph();
    if (CELL.has(name)) cellGap = /\S/.test(current);
  };

  walk(root, false);
  breakParagraph();
  return paragraphs.join("\n\n");
}
