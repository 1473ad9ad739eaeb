import { describe, expect, it } from "vitest";
import { boardReducer, initialBoardState, movedFocus } from "./board-state";

describe("movedFocus", () => {
  const ids = ["a", "b", "c"];
  it("moves one row and stops at either end", () => {
    expect(movedFocus(ids, "a", 1)).toBe("b");
    expect(movedFocus(ids, "c", 1)).toBe("c");
    expect(movedFocus(ids, "a", -1)).toBe("a");
  });
  it("starts at the first row when the focused one is gone, and is null on an empty board", () => {
    expect(movedFocus(ids, "gone", 1)).toBe("a");
    expect(movedFocus([], "a", 1)).toBeNull();
  });
});

describe("boardReducer", () => {
  it("replaces the claims an action returned and keeps the others", () => {
    const claim = (id: string, version: number) => ({ id, number: 1, version, status: "UNVERIFIED" as const, figures: [], sources: [] });
    const state = boardReducer(initialBoardState([claim("c1", 1), claim("c2", 1)], "f1"), { type: "claimsReturned", claims: [claim("c1", 2)] });
    expect(state.claims.c1.version).toBe(2);
    expect(state.claims.c2.version).toBe(1);
    expect(state.focusedId).toBe("f1");
  });
});
