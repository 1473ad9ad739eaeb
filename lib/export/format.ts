import { displayFigureValue } from "./dates";
import type { ReportFigure } from "./model";

/** "2025-03-04 08:15 UTC" from an ISO timestamp; a bare date or anything unparsable is shown as given. */
export function displayDateTime(iso: string | null): string {
  if (!iso) return "";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** The engine's normalised value with its range, unit and currency, e.g. "1.5–2 million CNY"; dates as dates. */
export function figureValue(figure: Pick<ReportFigure, "kind" | "value" | "valueMax" | "unit" | "currency">, language: string): string {
  return [displayFigureValue(figure.kind, figure.value, figure.valueMax, language), figure.unit, figure.currency].filter(Boolean).join(" ");
}

/** "+12.5%" for a figure that differs from its source; empty when there is nothing to compare. */
export function relativeDifference(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "";
  const pct = Math.round(value * 1000) / 10;
  return `${pct > 0 ? "+" : ""}${pct}%`;
}

/** Who did it and when, e.g. "Li Wei, 2025-03-04 08:15 UTC"; null when nobody has yet. */
export function byAt(who: string | null, at: string | null): string | null {
  if (!who) return null;
  return at ? `${who}, ${displayDateTime(at)}` : who;
}
