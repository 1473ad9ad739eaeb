import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown";

describe("markdownToText", () => {
  it("drops heading marks, emphasis, code fences and link URLs, keeping paragraphs", () => {
    const md = [
      "# 年度报告 Annual report",
      "",
      "全市**新增**就业 *12.5万* 人，详见[统计局公告](https://example.org/a)。",
      "The __city__ added _125,000_ jobs ~~last~~ this year, see [the notice](https://example.org/b \"t\").",
      "",
      "## 数据 Data ##",
      "",
      "```text",
      "raw **kept** as is",
      "```",
      "",
      "> 引用 a quote with `x * y` code",
    ].join("\n");
    expect(markdownToText(md)).toBe(
      [
        "年度报告 Annual report",
        "",
        "全市新增就业 12.5万 人，详见统计局公告。",
        "The city added 125,000 jobs last this year, see the notice.",
        "",
        "数据 Data",
        "",
        "raw **kept** as is",
        "",
        "引用 a quote with x * y code",
      ].join("\n"),
    );
  });

  it("keeps ordered-list numbers, drops bullets, rules, setext underlines and table dividers", () => {
    const md = [
      "标题 Title",
      "=====",
      "",
      "1. 第一项 first",
      "2. second",
      "- 要点 bullet",
      "* [x] done",
      "",
      "***",
      "",
      "| 地区 Region | 增长 Growth |",
      "| --- | ---: |",
      "| 东部 East | 3.2% |",
      "",
      "[ref]: https://example.org/ref",
    ].join("\n");
    expect(markdownToText(md)).toBe(
      [
        "标题 Title",
        "",
        "1. 第一项 first",
        "2. second",
        "要点 bullet",
        "done",
        "",
        "",
        "地区 Region\t增长 Growth",
        "东部 East\t3.2%",
        "",
      ].join("\n"),
    );
  });

  it("leaves arithmetic, snake_case and escaped markers alone", () => {
    expect(markdownToText("3 * 4 * 5 = 60, file_name_here, \\*not emphasis\\*, 2\\_000")).toBe(
      "3 * 4 * 5 = 60, file_name_here, *not emphasis*, 2_000",
    );
  });

  it("turns images into their alt text and autolinks into the address", () => {
    expect(markdownToText("![图表 Chart](c.png) <https://example.org/x>")).toBe("图表 Chart https://example.org/x");
  });
});
