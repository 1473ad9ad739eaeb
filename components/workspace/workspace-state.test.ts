import { describe, expect, it } from "vitest";
import { initialState, workspaceReducer, type WorkspaceEvent } from "./workspace-state";

const run = (...events: WorkspaceEvent[]) => events.reduce(workspaceReducer, initialState(null));

describe("workspaceReducer", () => {
  it("selecting a claim clears the notice and the open source, and opens the sheet", () => {
    const state = run({ type: "noticeShown", notice: { kind: "error", message: "x" } }, { type: "sourceOpened", sourceId: "s1" }, { type: "claimSelected", id: "c1" });
    expect(state).toMatchObject({ selectedId: "c1", notice: null, viewerSourceId: null, sheetOpen: true });
    expect(workspaceReducer(state, { type: "sheetClosed" })).toMatchObject({ selectedId: "c1", sheetOpen: false });
  });

  it("keeps a draft per claim; a keyed verdict keeps the rationale; clearing one leaves the others", () => {
    const state = run(
      { type: "draftChanged", claimId: "a", draft: { rationale: "因为" } },
      { type: "draftChanged", claimId: "b", draft: { comment: "看" } },
      { type: "verdictKeyed", claimId: "a", verdict: "ACCURATE" },
      { type: "draftCleared", claimId: "b" },
    );
    expect(state.drafts).toEqual({ a: { rationale: "因为", verdict: "ACCURATE" }, b: {} });
  });

  it("checks and unchecks claims for bulk actions without touching the earlier set", () => {
    const one = run({ type: "checked", ids: ["a", "b", "c"], on: true });
    const two = workspaceReducer(one, { type: "checked", ids: ["b"], on: false });
    expect([...one.checked]).toEqual(["a", "b", "c"]);
    expect([...two.checked]).toEqual(["a", "c"]);
    expect(workspaceReducer(two, { type: "checksCleared" }).checked.size).toBe(0);
  });
});
