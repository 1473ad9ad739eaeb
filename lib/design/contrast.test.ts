import { describe, expect, it } from "vitest";
import { contrastRatio, luminance, parseHex } from "./contrast";

describe("contrastRatio", () => {
  it("gives the published values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#fff")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("does not depend on the order of the colours", () => {
    expect(contrastRatio("#0b5cad", "#f4f5f7")).toBe(contrastRatio("#f4f5f7", "#0b5cad"));
  });

  it("reads short and long hex and refuses anything else", () => {
    expect(parseHex("#0f0")).toEqual([0, 1, 0]);
    expect(luminance("#ffffff")).toBe(1);
    expect(() => parseHex("rgb(0, 0, 0)")).toThrow("not a hex colour");
    expect(() => parseHex("var(--ink)")).toThrow();
  });
});
