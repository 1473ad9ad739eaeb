import fc from "fast-check";
import { parseHTML } from "linkedom";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { sampleClaims, sampleReport } from "./fixtures/report";
import { markdownReport } from "./markdown";
import { mdBlock, mdCell, mdHeading, mdInline, mdLineStart } from "./markdown-text";
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
    expect(rows).toContainEqual(["已核实比例", "9.3%"]);
    expect(rows).toContainEqual(["本报告所列", "6"]);
    expect(document.querySelector("h2 + p")?.textContent).toBe("43 条声明中已核实 4 条");
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

  it("escapes nothing that would not change the rendering", () => {
    for (const plain of [
      "同舟共济,守望相助(联合国秘书长古特雷斯)", "同舟共济，守望相助（…）", 'a "b" c, d: e. f! g? (h) 1-2 +3 50% x=y 3/4',
      "2020-03-01 – 2020-04-26", "Mr. Li said: 1,204 firms.", "#1 priority", "a > b", "5 - 3", "a|b", "AT&T", "x < 5",
    ]) {
      expect(mdInline(plain), plain).toBe(plain);
    }
    expect(mdInline("*粗体* _斜体_ `代码` [链接](x) ~删除~ <b>")).toBe("\\*粗体\\* \\_斜体\\_ \\`代码\\` \\[链接](x) \\~删除\\~ \\<b>");
    expect(mdInline("&amp; &#20013;")).toBe("\\&amp; \\&#20013;");
    expect(mdInline("see https://x.example and www.example.org or a@b.cn")).toBe("see https\\://x.example and www\\.example.org or a\\@b.cn");
    expect(mdLineStart("# 标题")).toBe("\\# 标题");
    expect(mdLineStart("1. 第一")).toBe("1\\. 第一");
    expect(mdLineStart("- 列表")).toBe("\\- 列表");
    expect(mdLineStart("> 引用")).toBe("\\> 引用");
    expect(mdLineStart("===")).toBe("\\===");
    expect(mdLineStart(":-")).toBe("\\:-");
    expect(mdLineStart("--:")).toBe("\\--:");
    expect(mdHeading("第三季度 #")).toBe("第三季度 \\#");
    expect(mdCell("a|b")).toBe("a\\|b");
  });

  // Text made of everything Markdown treats specially, Chinese and spaces, at random.
  const risky = (maxLength: number) => fc.string({ unit: fc.constantFrom(..."a中 *_`#[]()<>!|\\&-+.~=:/\"',;@w1h\t"), maxLength });
  const textOf = async (markdown: string, wrap: (html: string) => string) => {
    const html = await marked.parse(markdown, { gfm: true });
    return parseHTML(`<!doctype html><html><body>${wrap(html)}</body></html>`).document;
  };

  it("mdInline: any single line renders back to its own text", async () => {
    await fc.assert(
      fc.asyncProperty(risky(40), async (text) => {
        const html = await marked.parseInline(mdInline(text), { gfm: true });
        const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
        expect(document.querySelector("p")?.childElementCount).toBe(0);
        expect(document.querySelector("p")?.textContent).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 500 },
    );
  });

  it("mdLines, mdHeading and mdCell: lines, headings and table cells render back to their own text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(risky(20), { minLength: 1, maxLength: 4 }), async (lines) => {
        const kept = lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
        if (!kept.length) return;
        const paragraph = await textOf(mdBlock(lines.join("\n")), (h) => h);
        expect(paragraph.body.children.length).toBe(1);
        expect(paragraph.querySelector("p")?.querySelectorAll(":not(br)")).toHaveLength(0);
        const p = paragraph.querySelector("p")!;
        const shown = [...p.childNodes].map((n) => (n.nodeName === "BR" ? "\n" : (n.textContent ?? ""))).join("").replace(/\n+/g, "\n");
        expect(shown).toBe(kept.join("\n"));
        const heading = await textOf(`### 1. ${mdHeading(lines[0])}`, (h) => h);
        expect(heading.querySelector("h3")?.textContent).toBe(`1. ${lines[0].replace(/\s+/g, " ").trim()}`.trim());
        const table = await textOf(`| a | b |\n| --- | --- |\n| ${mdCell(lines[0])} | x |`, (h) => h);
        expect(table.querySelector("tbody td")?.textContent).toBe(lines[0].replace(/\s+/g, " ").trim());
        expect(table.querySelectorAll("tbody td")).toHaveLength(2);
      }),
      { numRuns: 400 },
    );
  });
});
