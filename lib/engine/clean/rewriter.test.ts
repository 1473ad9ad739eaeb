import { describe, expect, it } from "vitest";
import { describe as describePieces, Rewriter } from "./rewriter";

describe("Rewriter", () => {
  it("merges a later edit that covers an earlier change into one undoable change", () => {
    const r = new Rewriter("经\n２、济");
    r.apply([{ start: 2, end: 3, replacement: "2", kind: "full-width" }]);
    expect(r.text).toBe("经\n2、济");
    r.apply([{ start: 1, end: 4, replacement: "", kind: "page-number" }]);
    expect(r.text).toBe("经济");
    const { changes } = describePieces(r.original, r.pieces);
    expect(changes).toEqual([{ kind: "page-number", original: "\n２、", replacement: "", at: 1, cleanAt: 1, alsoKinds: ["full-width"] }]);
  });

  it("applies every edit that falls inside one earlier change", () => {
    const r = new Rewriter("xＡＢＣＤy");
    r.apply([{ start: 1, end: 5, replacement: "ABCD", kind: "full-width" }]);
    r.apply([
      { start: 1, end: 2, replacement: "a", kind: "spacing" },
      { start: 3, end: 4, replacement: "c", kind: "spacing" },
      { start: 5, end: 5, replacement: "+", kind: "spacing" },
    ]);
    expect(r.text).toBe("xaBcD+y");
    const { changes } = describePieces(r.original, r.pieces);
    expect(changes.map((c) => [c.original, c.replacement])).toEqual([["ＡＢＣＤ", "aBcD"], ["", "+"]]);
  });

  it("keeps separate changes separate and insertions in place", () => {
    const r = new Rewriter("abcdef");
    r.apply([
      { start: 1, end: 2, replacement: "B", kind: "full-width" },
      { start: 4, end: 4, replacement: "+", kind: "spacing" },
    ]);
    expect(r.text).toBe("aBcd+ef");
    r.apply([{ start: 0, end: 1, replacement: "", kind: "watermark" }]);
    const { text, changes, map } = describePieces(r.original, r.pieces);
    expect(text).toBe("Bcd+ef");
    expect(changes.map((c) => [c.kind, c.at, c.cleanAt])).toEqual([["watermark", 0, 0], ["full-width", 1, 0], ["spacing", 4, 3]]);
    expect(map.toOriginal(4)).toBe(4);
    expect(map.toOriginal(5)).toBe(5);
  });
});
