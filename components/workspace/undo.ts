import type { ClaimView } from "./types";

// Undoing a correction: the steps that bring a claim back to what it was, read from the claim
// before and after. Each step is an ordinary correction (version-checked and audited), so an undo
// is refused like any stale write when someone changed the claim in between.

type Figure = ClaimView["figures"][number];
type Evidence = ClaimView["evidence"][number];
type FigureFields = Pick<Figure, "value" | "valueMax" | "unit" | "approx" | "kind">;

export type UndoStep =
  | { kind: "edit"; statement: string; claimKind: ClaimView["kind"]; speaker: string | null }
  | { kind: "tags"; tags: string[] }
  | { kind: "priority"; priority: ClaimView["priority"] }
  | { kind: "figure-add"; start: number; end: number; fields: FigureFields }
  | { kind: "figure-remove"; figureId: string }
  | { kind: "figure-edit"; figureId: string; fields: FigureFields }
  | { kind: "source-attach"; sourceId: string }
  | { kind: "evidence-add"; evidence: Pick<Evidence, "sourceId" | "snapshotId" | "start" | "end" | "stance" | "note"> }
  | { kind: "evidence-edit"; evidenceId: string; stance: Evidence["stance"]; note: string | null; start: number; end: number };

const fieldsOf = (f: Figure): FigureFields => ({ value: f.value, valueMax: f.valueMax, unit: f.unit, approx: f.approx, kind: f.kind });
const same = <T extends object>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/** What undoes the change from `before` to `after`; empty when nothing a correction can restore changed. */
export function undoSteps(before: ClaimView, after: ClaimView): UndoStep[] {
  const steps: UndoStep[] = [];
  if (before.statement !== after.statement || before.kind !== after.kind || before.speaker !== after.speaker) {
    steps.push({ kind: "edit", statement: before.statement, claimKind: before.kind, speaker: before.speaker });
  }
  if (!same(before.tags, after.tags)) steps.push({ kind: "tags", tags: before.tags });
  if (before.priority !== after.priority) steps.push({ kind: "priority", priority: before.priority });

  const figuresAfter = new Map(after.figures.map((f) => [f.id, f]));
  const figuresBefore = new Set(before.figures.map((f) => f.id));
  for (const f of after.figures) if (!figuresBefore.has(f.id)) steps.push({ kind: "figure-remove", figureId: f.id });
  for (const f of before.figures) {
    const now = figuresAfter.get(f.id);
    if (!now) steps.push({ kind: "figure-add", start: f.start, end: f.end, fields: fieldsOf(f) });
    else if (!same(fieldsOf(f), fieldsOf(now))) steps.push({ kind: "figure-edit", figureId: f.id, fields: fieldsOf(f) });
  }

  // A detached source comes back first, then the evidence quoted from it.
  const sourcesAfter = new Set(after.sources.map((s) => s.id));
  for (const s of before.sources) if (!sourcesAfter.has(s.id)) steps.push({ kind: "source-attach", sourceId: s.id });
  const evidenceAfter = new Map(after.evidence.map((e) => [e.id, e]));
  for (const e of before.evidence) {
    const now = evidenceAfter.get(e.id);
    if (!now) {
      steps.push({ kind: "evidence-add", evidence: { sourceId: e.sourceId, snapshotId: e.snapshotId, start: e.start, end: e.end, stance: e.stance, note: e.note } });
    } else if (now.stance !== e.stance || now.note !== e.note || now.start !== e.start || now.end !== e.end) {
      steps.push({ kind: "evidence-edit", evidenceId: e.id, stance: e.stance, note: e.note, start: e.start, end: e.end });
    }
  }
  return steps;
}
