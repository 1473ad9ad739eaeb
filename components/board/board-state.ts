import type { BoardClaim } from "@/lib/claims/queries";

export type Notice = { kind: "error" | "ok"; text: string } | null;
export type Dialog = null | { kind: "reason"; figureId: string } | { kind: "acceptAll" } | { kind: "propose"; claimId: string } | { kind: "proposeAll" } | { kind: "help" };

export type BoardState = { focusedId: string | null; claims: Record<string, BoardClaim>; dialog: Dialog; busy: boolean; notice: Notice };

export type BoardEvent =
  | { type: "focused"; figureId: string }
  | { type: "claimsReturned"; claims: BoardClaim[] }
  | { type: "dialog"; dialog: Dialog }
  | { type: "busy"; busy: boolean }
  | { type: "notice"; notice: Notice };

export function initialBoardState(claims: BoardClaim[], firstId: string | null): BoardState {
  return { focusedId: firstId, claims: Object.fromEntries(claims.map((c) => [c.id, c])), dialog: null, busy: false, notice: null };
}

export function boardReducer(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case "focused":
      return { ...state, focusedId: event.figureId };
    case "claimsReturned":
      return { ...state, claims: { ...state.claims, ...Object.fromEntries(event.claims.map((c) => [c.id, c])) } };
    case "dialog":
      // An old refusal is not this dialog's.
      return { ...state, dialog: event.dialog, notice: state.notice?.kind === "error" ? null : state.notice };
    case "busy":
      return { ...state, busy: event.busy };
    case "notice":
      return { ...state, notice: event.notice };
  }
}

/** The figure `step` rows away from the focused one, staying inside the list. */
export function movedFocus(ids: string[], focusedId: string | null, step: number): string | null {
  if (ids.length === 0) return null;
  const index = focusedId ? ids.indexOf(focusedId) : -1;
  if (index === -1) return ids[0];
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}
