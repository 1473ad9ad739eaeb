import { htmlText } from "./html-text";

// A <meta charset> or http-equiv declaration near the top; only needed for non-UTF-8 pages.
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const BOILERPLATE = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";
// Below this share of the page's text, Readability has likely cut real content (it drops short
// lists and tables on small pages); a fact-check would rather see a menu than lose a figure.
const MIN_ARTICLE_SHARE = 0.5;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return CHARSET.exec(head)?.[1];
}

export interface HtmlDocument {
  text: string;
  title?: string;
}

/** The article's readable text (Readability), or the page's body text when Readability finds little or nothing. */
export async function readHtml(html: string): Promise<HtmlDocument> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import("linkedom"), import("@mozilla/readability")]);
  // A bare fragment gets no <body> from linkedom, so give it one.
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;

  const { document } = parseHTML(page);
  const pageTitle = document.title?.trim() || undefined;
  for (const element of Array.from(document.querySelectorAll(BOILERPLATE))) element.remove();
  const bodyText = htmlText((document.body ?? document.documentElement) as never);

  let articleText = "";
  let title: string | undefined;
  try {
    // Readability rewrites the document it reads, so it gets its own copy.
    const article = new Readability<Node>(parseHTML(page).document, { serializer: (node) => node }).parse();
    if (article?.content) articleText = htmlText(article.content as never);
    title = article?.title?.trim() || undefined;
  } catch {
    // Readability gives up on some odd pages; the body text still serves.
  }
  const text = articleText.length >= bodyText.length * MIN_ARTICLE_SHARE ? articleText : bodyText;
  return { text, title: title ?? pageTitle };
}
