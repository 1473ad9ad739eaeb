// Runs in a child process of its own, under an operating-system memory limit (see pdf.ts): pdf.js
// inflates content streams into buffers outside the JavaScript heap, where no heap limit reaches.
// Reads the PDF from stdin, writes one JSON line to stdout: { text: string[], pages } or { error }.
import { getDocumentProxy } from "unpdf";

const [cMapUrl, maxChars] = [process.argv[2], Number(process.argv[3])];
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);

let answer;
try {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)), { cMapUrl, cMapPacked: true, verbosity: 0 });
  // Page by page, each released after reading (unpdf's extractText holds every page at once), as
  // unpdf joins a page's text: each item's string, a line break where pdf.js marks a line's end.
  const text = [];
  let chars = 0;
  for (let number = 1; number <= pdf.numPages && chars <= maxChars; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const pageText = content.items.filter((item) => item.str != null).map((item) => item.str + (item.hasEOL ? "\n" : "")).join("");
    page.cleanup();
    text.push(pageText);
    chars += pageText.length;
  }
  answer = chars > maxChars ? { error: { name: "TooMuchText", message: String(chars) } } : { text, pages: pdf.numPages };
} catch (error) {
  answer = { error: { name: error?.name ?? "Error", message: String(error?.message ?? error) } };
}
process.stdout.write(JSON.stringify(answer) + "\n", () => process.exit(0));
