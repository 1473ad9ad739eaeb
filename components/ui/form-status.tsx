import type { ActionState } from "@/lib/actions/safe-action-state";

export function FormStatus({ state }: { state: ActionState<unknown> }) {
  if (state.status === "error") return <p className="alert error" role="alert">{state.message}</p>;
  if (state.status === "ok" && state.message) return <p className="alert ok" role="status">{state.message}</p>;
  return null;
}
