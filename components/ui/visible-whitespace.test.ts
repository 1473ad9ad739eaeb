import { describe, expect, it } from "vitest";
import { visibleWhitespace } from "./visible-whitespace";

describe("visibleWhitespace", () => {
  it("shows line breaks and spaces, and an empty string as empty", () => {
    expect(visibleWhitespace("\n2、")).toBe("↵2、");
    expect(visibleWhitespace("a b\n\nc")).toBe("a␣b↵↵c");
    expect(visibleWhitespace("")).toBe("∅");
  });

  it("leaves other characters as they are", () => {
    expect(visibleWhitespace("精品文档")).toBe("精品文档");
    expect(visibleWhitespace("“")).toBe("“");
  });
});
