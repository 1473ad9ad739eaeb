import type { Draft, Filters } from "./types";
import type { UndoStep } from "./undo";

// The workspace's own state (everything but the claims, which the live view keeps) as one reducer
// with named events.

export type Notice = { kind: "error" | "conflict"; message: string } | null;

/** The last correction, undoable while the claim is still at the version it left. */
export type Undo = { claimId: string; version: number; steps: UndoStep[] } | null;

export type WorkspaceState = {
  filters: Filters;
  selectedId: string | null;
  checked: Set<string>;
  drafts: Record<string, Draft>;
  notice: Notice;
  busy: boolean;
  help: boolean;
  viewerSourceId: string | null;
  /** The passage the source viewer opens on (a proposed table cell), if any. */
  viewerFocus: { start: number; end: number } | null;
  /** On a phone the panel is a sheet over the text, open while a claim is being read. */
  sheetOpen: boolean;
  undo: Undo;
};

export type WorkspaceEvent =
  | { type: "filtersChanged"; filters: Filters }
  | { type: "claimSelected"; id: string }
  | { type: "sheetClosed" }
  | { type: "checked"; ids: string[]; on: boolean }
  | { type: "checksCleared" }
  | { type: "draftChanged"; claimId: string; draft: Draft }
  | { type: "draftCleared"; claimId: string }
  | { type: "verdictKeyed"; claimId: string; verdict: string }
  | { type: "noticeShown"; notice: Notice }
  | { type: "busy"; busy: boolean }
  | { type: "helpToggled"; open: boolean }
  | { type: "sourceOpened"; sourceId: string | null; focus?: { start: number; end: number } }
  | { type: "undoOffered"; undo: Undo };

export const INITIAL_FILTERS: Filters = { status: "all", kind: "all", assignee: "all", hasFigures: false, failedCheck: false, tag: "", sort: "position" };

export function initialState(selectedId: string | null): WorkspaceState {
  return {
    filters: INITIAL_FILTERS, selectedId, checked: new Set(), drafts: {}, notice: null, busy: false, help: false, viewerSourceId: null, viewerFocus: null,
    sheetOpen: selectedId !== null, undo: null,
  };
}

export function workspaceReducer(state: WorkspaceState, event: WorkspaceEvent): WorkspaceState {
  switch (event.type) {
    case "filtersChanged":
      return { ...state, filters: event.filters };
    case "claimSelected":
      return { ...state, selectedId: event.id, notice: null, viewerSourceId: null, sheetOpen: true, undo: null };
    case "sheetClosed":
      return { ...state, sheetOpen: false, viewerSourceId: null };
    case "checked": {
      const checked = new Set(state.checked);
      for (const id of event.ids) if (event.on) checked.add(id); else checked.delete(id);
      return { ...state, checked };
    }
    case "checksCleared":
      return { ...state, checked: new Set() };
    case "draftChanged":
      return { ...state, drafts: { ...state.drafts, [event.claimId]: event.draft } };
    case "draftCleared":
      return { ...state, drafts: { ...state.drafts, [event.claimId]: {} } };
    case "verdictKeyed":
      return { ...state, drafts: { ...state.drafts, [event.claimId]: { ...state.drafts[event.claimId], verdict: event.verdict } } };
    case "noticeShown":
      return { ...state, notice: event.notice };
    case "busy":
      return { ...state, busy: event.busy };
    case "helpToggled":
      return { ...state, help: event.open };
    case "sourceOpened":
      return { ...state, viewerSourceId: event.sourceId, viewerFocus: event.focus ?? null };
    case "undoOffered":
      return { ...state, undo: event.undo };
  }
}
