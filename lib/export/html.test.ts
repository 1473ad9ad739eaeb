import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { sampleClaims, sampleReport } from "./fixtures/report";
import { htmlReport } from "./html";
import { streamToString } from "./stream";

async function render(language = "zh") {
  const html = await streamToString(htmlReport(sampleReport({ language })));
  return { html, document: parseHTML(html).document };
}

describe("HTML export", () => {
  it("is a standalone UTF-8 document in the bulletin's language with a print stylesheet", async () => {
    const { html, document } = await render();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(document.documentElement.getAttribute("lang")).toBe("zh-CN");
    expect(document.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(document.querySelector("style")?.textContent).toContain("@media print");
    expect(document.querySelector("h1")?.textContent).toBe("河西日报 · 一季度经济 <b>快讯</b>");
    expect((await render("en")).document.documentElement.getAttribute("lang")).toBe("en");
  });

  it("shows the summary of the whole bulletin: counts per verdict, the share verified, published and shown", async () => {
    const { document } = await render();
    const rows = [...document.querySelectorAll("#summary tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toContainEqual(["准确", "2"]);
    expect(rows).toContainEqual(["误导", "0"]);
    expect(rows).toContainEqual(["公报声明数", "43"]);
    expect(rows).toContainEqual(["已核实比例", "9.3%"]);
    expect(rows).toContainEqual(["已发布", "3"]);
    expect(rows).toContainEqual(["本报告所列", "6"]);
    expect(document.querySelector("#summary .verified-of")?.textContent).toBe("43 条声明中已核实 4 条");
    const english = (await render("en")).document;
    expect(english.querySelector("#summary .verified-of")?.textContent).toBe("4 of 43 claims verified");
  });

  it("prints with page margins, the title on every page and page numbers at the foot", async () => {
    const { document } = await render();
    const css = document.querySelector("style")?.textContent ?? "";
    expect(css).toMatch(/@page\s*\{[^}]*margin: 22mm 18mm 20mm/);
    expect(css).toContain('@top-center { content: "河西日报 · 一季度经济 \\3c b>快讯\\3c /b>"');
    expect(css).toContain('@bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"');
  });

  it("shows dates as dates in the bulletin's language", async () => {
    const zh = (await render()).document;
    const dates = [...zh.querySelectorAll("#claim-clm_6 table.figures tbody tr")].map((tr) => tr.children[1].textContent);
    expect(dates).toContain("3月1日 – 4月26日");
    expect(dates).toContain("2020年3月1日");
    expect(zh.querySelector("dl.facts")?.textContent).toContain("2025年4月12日");
    const en = (await render("en")).document;
    const enDates = [...en.querySelectorAll("#claim-clm_6 table.figures tbody tr")].map((tr) => tr.children[1].textContent);
    expect(enDates).toContain("1 March – 26 April");
    expect(enDates).toContain("1 March 2020");
    expect(en.body.textContent).not.toContain("--03");
  });

  it("gives every claim a section with its stable anchor, in bulletin order", async () => {
    const { document } = await render();
    const sections = [...document.querySelectorAll("section.claim")];
    expect(sections.map((s) => s.id)).toEqual(sampleClaims().map((c) => `claim-${c.id}`));
    expect(sections.map((s) => s.querySelector(".statement")?.textContent)).toEqual(sampleClaims().map((c) => c.statement));
    const first = sections[0];
    expect(first.querySelector(".verdict")?.textContent).toBe("准确");
    expect(first.textContent).toContain("张敏, 2025-04-16 08:15 UTC");
    expect(first.querySelectorAll("table.figures tbody tr")).toHaveLength(2);
    expect(first.querySelector("table.figures tbody tr:nth-child(2)")?.textContent).toContain("+2.3%");
    const quote = first.querySelector("blockquote");
    expect(quote?.querySelector(".quote")?.textContent).toBe("一季度共接待游客312.5万人次");
    const links = [...quote!.querySelectorAll("footer a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([
      "https://stats.example.cn/2025q1.html?a=1&b=2",
      "https://claimdesk.example.org/sources/src_stats/snapshots/snap_src_stats",
    ]);
  });

  it("escapes every user string: no user HTML becomes markup", async () => {
    const { html, document } = await render();
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect(document.querySelectorAll("h1 b")).toHaveLength(0);
    expect(html).not.toMatch(/<script|<img/i);
    const hostile = document.querySelector("#claim-clm_2")!;
    expect(hostile.querySelector(".statement")?.textContent).toContain("<script>alert(1)</script>");
    expect(hostile.querySelector(".note")?.textContent).toBe("<script>alert('note')</script> 与发言不符");
    expect(hostile.querySelector("blockquote footer")?.textContent).toContain('Works "Bureau" <script>alert("src")</script>, 2025');
  });

  it("links only http(s) URLs, never opening a window with access to the report", async () => {
    const { document } = await render();
    const anchors = [...document.querySelectorAll("a[href]")];
    expect(anchors.length).toBeGreaterThan(3);
    for (const a of anchors) {
      expect(a.getAttribute("href")).toMatch(/^https?:\/\//);
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    }
    // The hostile source's javascript: URL is shown as a citation, not a link.
    expect(document.querySelector("#claim-clm_2 blockquote cite")?.textContent).toContain("Works");
  });
});
