import { describe, expect, it } from "vitest";
import { readHtml } from "./html";

describe("readHtml", () => {
  it("separates nested blocks with blank lines, drops script and style, decodes entities", async () => {
    const html = `<!doctype html><html><head><title>公告 Notice</title>
      <style>p { color: red }</style><script>var secret = "不应出现 should not appear";</script></head>
      <body><article><h1>年度公告</h1>
        <div><p>第一段：产量增长&nbsp;5%&amp;以上。</p><div>嵌套 nested<div>更深 deeper</div></div></div>
        <ul><li>一项 one</li><li>two</li></ul>
        第一行<br>second line
        <table><tr><th>地区</th><th>增长</th></tr><tr><td>东部 East</td><td>3.2%</td></tr></table>
        <p>&#8220;引号 quoted&#8221; &lt;b&gt;</p>
      </article></body></html>`;
    const { text, title } = await readHtml(html);
    expect(text).toBe(
      [
        "年度公告",
        "第一段：产量增长\u00a05%&以上。",
        "嵌套 nested",
        "更深 deeper",
        "一项 one",
        "two",
        "第一行",
        "second line",
        "地区\t增长",
        "东部 East\t3.2%",
        "“引号 quoted” <b>",
      ].join("\n\n"),
    );
    expect(title).toBe("公告 Notice");
  });

  it("keeps the article and drops menus, sidebars and footers on a long page", async () => {
    const paragraph = (n: number) =>
      `<p>${"今年一季度全省规模以上工业增加值同比增长百分之六点五，高于全国平均水平。".repeat(3)} Paragraph ${n}: industrial output rose 6.5 percent in the first quarter.</p>`;
    const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/n${i}">相关新闻 related story ${i}</a></li>`).join("");
    const html = `<html><head><title>工业 Industry</title></head><body>
      <div class="menu"><a href="/">首页 Home</a> <a href="/about">About us</a></div>
      <div id="main"><h1>工业增长 Industry grows</h1>${[1, 2, 3, 4].map(paragraph).join("")}</div>
      <div class="sidebar related"><ul>${related}</ul></div><div class="footer">版权所有 Copyright</div></body></html>`;
    const { text } = await readHtml(html);
    expect(text).toContain("Paragraph 4: industrial output rose 6.5 percent");
    expect(text).toContain("工业增长 Industry grows");
    expect(text).not.toContain("related story");
    expect(text).not.toContain("About us");
    expect(text).not.toContain("Copyright");
  });

  it("reads a bare fragment with no <html> or <body>", async () => {
    const { text, title } = await readHtml("<p>只有一段 only one paragraph</p>");
    expect(text).toBe("只有一段 only one paragraph");
    expect(title).toBeUndefined();
  });

  it("never returns markup, even for a page that is all markup and no text", async () => {
    const { text } = await readHtml("<html><body><div><img src=x><script>alert(1)</script></div></body></html>");
    expect(text).toBe("");
  });
});
