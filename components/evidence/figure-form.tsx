"use client";

import { useState } from "react";
import type { ClaimView, WorkspaceContext } from "@/components/workspace/types";

const APPROX = ["exact", "about", "more-than", "less-than", "at-least", "at-most"] as const;
const KINDS = ["count", "quantity", "money", "percent", "date", "date-range", "ordinal"] as const;

export type FigureFields = { value: string; valueMax: string | null; unit: string | null; approx: string; kind: string };
type Figure = Pick<ClaimView["figures"][number], "text" | "value" | "valueMax" | "unit" | "approx" | "kind">;

type Props = { ctx: WorkspaceContext; figure: Figure; busy: boolean; onSave: (fields: FigureFields) => Promise<boolean>; onCancel: () => void };

/** Value, unit, approximation and kind of a figure, as the engine read them, for the reviewer to correct. */
export function FigureForm({ ctx, figure, busy, onSave, onCancel }: Props) {
  const { c } = ctx;
  // A vague amount (`数十`) has no value until the reviewer writes one.
  const [value, setValue] = useState(figure.value ?? "");
  const [valueMax, setValueMax] = useState(figure.valueMax ?? "");
  const [unit, setUnit] = useState(figure.unit ?? "");
  const [approx, setApprox] = useState(figure.approx);
  const [kind, setKind] = useState(figure.kind);
  return (
    <form
      className="figure-form card"
      data-testid="figure-form"
      onSubmit={async (e) => {
        e.preventDefault();
        await onSave({ value, valueMax: valueMax || null, unit: unit || null, approx, kind });
      }}
    >
      <div className="muted small">{c.figureText}: <code>{figure.text}</code></div>
      <div className="form-row">
        <div className="field"><label htmlFor="figure-value">{c.figureValue}</label><input id="figure-value" value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" /></div>
        <div className="field"><label htmlFor="figure-max">{c.figureValueMax}</label><input id="figure-max" value={valueMax} onChange={(e) => setValueMax(e.target.value)} /></div>
        <div className="field"><label htmlFor="figure-unit">{c.figureUnit}</label><input id="figure-unit" value={unit} onChange={(e) => setUnit(e.target.value)} /></div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="figure-approx">{c.figureApprox}</label>
          <select id="figure-approx" value={approx} onChange={(e) => setApprox(e.target.value)}>
            {APPROX.map((a) => <option key={a} value={a}>{c[`approx.${a}`]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="figure-kind">{c.figureKind}</label>
          <select id="figure-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => <option key={k} value={k}>{c[`figureKind.${k}`]}</option>)}
          </select>
        </div>
      </div>
      <div className="inline-form">
        <button type="submit" className="button small" disabled={busy}>{c.save}</button>
        <button type="button" className="button secondary small" onClick={onCancel}>{c.cancel}</button>
      </div>
    </form>
  );
}
