import { expect, type Page } from "@playwright/test";

// Fails when a page in one interface language shows text of the other. Content (the bulletin, the
// sources, what people typed, names) is passed in and taken out first; text marked with another
// `lang` (the language switch) is left out too.

// Words that stay as they are in a Chinese interface: the product and formats.
const KEPT_IN_CHINESE = /\b(Claimdesk|API|URL|PDF|HTML|CSV|JSON|Markdown|ClaimReview|Web Annotation|Bearer|Enter|Esc|https?|www)\b|\.(txt|md|html?|docx?|pdf|xls)\b/g;

export async function visibleText(page: Page, locale: "zh" | "en"): Promise<string> {
  return page.evaluate((lang) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll("script, style, template, [hidden], .sr-only")) el.remove();
    for (const el of clone.querySelectorAll<HTMLElement>("[lang]")) if (!el.lang.startsWith(lang)) el.remove();
    // innerText needs layout: measure the clone off screen.
    clone.style.position = "absolute";
    clone.style.left = "-100000px";
    document.body.appendChild(clone);
    const text = clone.innerText;
    clone.remove();
    return text;
  }, locale);
}

export async function expectOneLanguage(page: Page, locale: "zh" | "en", content: readonly string[], where: string) {
  await page.waitForLoadState("networkidle").catch(() => {});
  let text = await visibleText(page, locale);
  // Longest first, so a sentence goes before the words inside it.
  for (const piece of [...content].sort((a, b) => b.length - a.length)) {
    for (const part of piece.split(/(?<=[。.!?])\s*/)) if (part.trim()) text = text.split(part.trim()).join(" ");
  }
  const foreign =
    locale === "zh"
      ? text.replace(KEPT_IN_CHINESE, " ").match(/[A-Za-z]{3,}(?:[ '-][A-Za-z]{2,})*/g)
      : text.match(/[\u3400-\u9FFF\u3000-\u303F\uFF01-\uFF5E]+/g);
  expect(foreign ?? [], `text of the other language on the ${where} page (${locale})`).toEqual([]);
}
