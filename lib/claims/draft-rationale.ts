import type { Catalogue } from "@/lib/i18n/catalogue";

export type CheckedFigure = {
  figure: string;
  check: "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND" | "NOT_CHECKABLE";
  /** The source's number as it is written there, and the source's title. */
  source?: string;
  title?: string;
  note?: string;
};

export type VerdictName = "ACCURATE" | "MOSTLY_ACCURATE" | "MISLEADING" | "INACCURATE" | "UNVERIFIABLE";

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");

/** A rationale to start from, one line per checked figure in the interface's language; the reviewer edits it before sending. */
export function draftRationale(figures: CheckedFigure[], m: Catalogue["board"]["draft"]): string {
  return figures.map((f) => fill(m[f.check], { figure: f.figure, source: f.source ?? "", title: f.title ?? "", note: f.note ?? "" }).trim()).join("\n");
}

/** The verdict the checks point to: a difference refutes, only unfound or uncheckable figures leave it unverifiable. */
export function suggestedVerdict(figures: CheckedFigure[]): VerdictName {
  if (figures.some((f) => f.check === "DIFFERS")) return "INACCURATE";
  if (figures.some((f) => f.check === "MATCHES" || f.check === "WITHIN_ROUNDING")) return figures.every((f) => f.check === "MATCHES") ? "ACCURATE" : "MOSTLY_ACCURATE";
  return "UNVERIFIABLE";
}
