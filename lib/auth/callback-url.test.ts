import { describe, expect, it } from "vitest";
import { safeCallback, safeRedirect } from "./callback-url";

const HOSTILE = [
  "//evil.example", "//evil.example/x", "/.//evil.example", "/..//evil.example", "/a/..//evil.example", "/%2e//evil.example",
  "/%2E%2E//evil.example", "/./%2e/..//evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example",
  "/%5cevil.example", "/%5C%5Cevil.example", "/%2f%2fevil.example", "/%2F/evil.example", "/%252f%252fevil.example",
  "/%25252f%25252fevil.example", "https://evil.example", "http://evil.example/bulletins", "HTTPS://evil.example",
  "javascript:alert(1)", "/javascript:alert(1)".replace("/", ""), "data:text/html,<script>alert(1)</script>",
  "/\tevil", "/\nevil.example", "/\r\n//evil.example", "/%0d%0a//evil.example", "/%09/evil.example",
  " /bulletins", "/bulletins ", "/%00", "/%E0%A4%A", "evil.example", "./x", "../x", "", undefined, null, 42,
  "/ /evil.example", "/\u3000/evil.example", "/%2e%2e/%2e%2e/%2f/evil.example", "/" + "a".repeat(3000),
  "/%2e%2e%5c%2e%2e%5cevil", "/%2e%2e%2f%2fevil.example",
];

describe("safeCallback", () => {
  it("keeps a path on this site, with its query and anchor", () => {
    expect(safeCallback("/bulletins/abc/report?scope=all#claim-1")).toBe("/bulletins/abc/report?scope=all#claim-1");
    expect(safeCallback("/bulletins/abc?claim=c%2F1")).toBe("/bulletins/abc?claim=c%2F1");
    expect(safeCallback("/a/b/../c")).toBe("/a/c");
  });

  it(`has at least 30 hostile values to refuse (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE.map((v) => [JSON.stringify(v), v]))("refuses %s: the bulletin list instead", (_label, url) => {
    expect(safeCallback(url)).toBe("/bulletins");
  });

  it("never returns a value a browser would resolve off-site, for any hostile value", () => {
    for (const url of HOSTILE) {
      const result = safeCallback(url);
      expect(result.startsWith("/")).toBe(true);
      expect(result[1]).not.toMatch(/[\\/]/);
      expect(new URL(result, "http://claimdesk.invalid").origin).toBe("http://claimdesk.invalid");
    }
  });
});

describe("safeRedirect (next-auth's redirect callback)", () => {
  const base = "http://localhost:3000";
  it("keeps same-origin URLs, absolute or relative", () => {
    expect(safeRedirect("/bulletins/x", base)).toBe(`${base}/bulletins/x`);
    expect(safeRedirect(`${base}/signin?notice=signed-out`, base)).toBe(`${base}/signin?notice=signed-out`);
  });
  it.each(["https://evil.example", "//evil.example", "/.//evil.example", `${base}//evil.example`, "not a url", "javascript:alert(1)"])(
    "sends %s to the bulletin list",
    (url) => {
      expect(safeRedirect(url, base)).toBe(`${base}/bulletins`);
    },
  );
});
