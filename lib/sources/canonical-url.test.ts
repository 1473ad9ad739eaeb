import { describe, expect, it } from "vitest";
import { canonicalUrl } from "./canonical-url";

describe("canonicalUrl", () => {
  const base = "https://stats.example.gov.cn/report/2024";

  it.each([
    ["upper-case scheme and host", "HTTPS://STATS.Example.GOV.cn/report/2024"],
    ["a fragment", "https://stats.example.gov.cn/report/2024#table-3"],
    ["a tracking parameter", "https://stats.example.gov.cn/report/2024?utm_source=newsletter&utm_medium=email"],
    ["a trailing slash", "https://stats.example.gov.cn/report/2024/"],
    ["the default port", "https://stats.example.gov.cn:443/report/2024"],
    ["surrounding spaces", "  https://stats.example.gov.cn/report/2024 \n"],
    ["all of them at once", "HTTPS://Stats.Example.gov.CN:443/report/2024/?fbclid=abc&gclid=def#top"],
  ])("maps %s to the same form", (_, spelling) => {
    expect(canonicalUrl(spelling)).toBe(base);
  });

  it("keeps the path's case, a meaningful query and its order, and a non-default port", () => {
    expect(canonicalUrl("https://example.org/Data/Table?b=2&a=1&utm_campaign=x")).toBe("https://example.org/Data/Table?b=2&a=1");
    expect(canonicalUrl("https://example.org/data?a=1&b=2")).not.toBe(canonicalUrl("https://example.org/data?b=2&a=1"));
    expect(canonicalUrl("http://example.org:8080/data")).toBe("http://example.org:8080/data");
    expect(canonicalUrl("http://example.org:80/data")).toBe("http://example.org/data");
  });

  it("keeps http and https apart and reduces a bare host to no slash", () => {
    expect(canonicalUrl("http://example.org/a")).not.toBe(canonicalUrl("https://example.org/a"));
    expect(canonicalUrl("https://Example.org/")).toBe("https://example.org");
    expect(canonicalUrl("https://example.org/?utm_source=x")).toBe("https://example.org");
  });

  it("throws on text that is not a URL (callers validate first)", () => {
    expect(() => canonicalUrl("not a url")).toThrow();
  });
});
