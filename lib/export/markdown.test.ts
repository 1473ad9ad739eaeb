import fc from "fast-check";
import { parseHTML } from "linkedom";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { sampleClaims, sampleReport } from "./fixtures/report";
import { markdownReport } from "./markdown";
import { mdInline } from "./markdown-text";
import { streamToString } from "./stream";

async function rendered(language = "zh") {
  const markdown = await streamToString(markdownReport(sampleReport({ language })));
  const html = await marked.parse(markdown, { gfm: true });
  return { markdown, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe("Markdown export", () => {
  it("renders the title, the facts and the summary table", async () => {
    const { document } = await rendered();
    expect(document.querySelector("h1")?.textContent).toBe("河西日报 · 一季度经济 <b>快讯</b>");
    const rows = [...document.querySelectorAll("table")[0].querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(["结论", "数量"]);
    expect(rows).toContainEqual(["不准确", "1"]);
    expect(rows).toContainEqual(["已核实比例", "60%"]);
    expect(document.querySelector("ul a")?.getAttribute("href")).toBe("https://news.example.cn/hexi/2025/0412.html");
  });

  it("anchors every claim and keeps its statement intact as the heading", async () => {
    const { document } = await rendered();
    const anchors = [...document.querySelectorAll("a[id]")].map((a) => a.id);
    expect(anchors).toEqual(sampleClaims().map((c) => `claim-${c.id}`));
    const headings = [...document.querySelectorAll("h3")].map((h) => h.textContent);
    expect(headings).toEqual(sampleClaims().map((c) => `${c.number}. ${c.statement.replace(/\s+/g, " ")}`));
  });

  it("quotes evidence with its source, snapshot and stance", async () => {
    const { document } = await rendered();
    const quotes = [...document.querySelectorAll("blockquote")];
    expect(quotes).toHaveLength(4);
    expect(quotes[0].querySelector("p")?.textContent).toContain("一季度共接待游客312.5万人次");
    expect([...quotes[0].querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://stats.example.cn/2025q1.html?a=1&b=2",
      "https://claimdesk.example.org/sources/src_stats/snapshots/snap_src_stats",
    ]);
    // A multi-line quotation keeps its line break.
    expect(quotes[2].querySelector("br")).not.toBeNull();
    expect(quotes[2].textContent).toContain('第三座桥"仍在施工",');
  });

  it("never turns user text into markup or links", async () => {
    const { document } = await rendered();
    expect(document.querySelectorAll("script, img, b, em strong, h1 ~ h1")).toHaveLength(0);
    for (const a of document.querySelectorAll("a[href]")) expect(a.getAttribute("href")).toMatch(/^https?:\/\//);
    const second = document.querySelectorAll("h3")[1];
    expect(second.querySelector("em, a")).toBeNull();
    expect(second.textContent).toContain("*总投资* [约](javascript:alert(2)) 4.2亿元 | 无超支");
    expect(document.body.textContent).toContain("<script>alert('note')</script> 与发言不符");
  });

  it("mdInline: any single line renders back to its own text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(..."a中 *_`#[]()<>!|\\&-+.~=:/\"'h"), maxLength: 40 }), async (text) => {
        const html = await marked.parseInline(mdInline(text), { gfm: true });
        const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
        expect(document.querySelector("p")?.childElementCount).toBe(0);
        expect(document.querySelector("p")?.textContent).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 300 },
    );
  });
});
