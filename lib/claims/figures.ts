import { extractFigures, type Figure } from "@/lib/engine";
import type { Tx } from "@/lib/db";

type BulletinContext = { cleanText: string; publishedOn: Date | null; language: string };

/** Exact decimal text of an engine value (numbers are exact in the engine; never exponent notation). */
export function valueText(value: number | string): string {
  if (typeof value === "string") return value;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

export function figureData(figure: Figure) {
  return {
    text: figure.text,
    start: figure.start,
    end: figure.end,
    kind: figure.kind,
    // A word that gives no number (`dozens`, `数十`) is stored without one: the engine's bound is no value to check.
    value: figure.vague ? null : valueText(figure.value),
    vague: figure.vague === true,
    valueMax: figure.valueMax === undefined || figure.vague ? null : valueText(figure.valueMax),
    approx: figure.approx,
    unit: figure.unit,
    currency: figure.currency ?? null,
  };
}

export function engineOptions(bulletin: BulletinContext) {
  return {
    publishedOn: bulletin.publishedOn?.toISOString().slice(0, 10),
    language: bulletin.language === "en" ? ("en" as const) : ("zh" as const),
  };
}

/**
 * Re-extracts the figures of a changed span. A figure found again at the same place with the same
 * text keeps its check, so editing a span never throws away a reviewer's work; figures the claim
 * shares from outside its span (the date of the whole sentence) stay as they are.
 */
export async function refreshFigures(
  tx: Tx,
  claimId: string,
  bulletin: BulletinContext,
  span: { start: number; end: number },
  previous: { start: number; end: number } = span,
) {
  const { start, end } = span;
  const found = extractFigures(bulletin.cleanText.slice(start, end), start, engineOptions(bulletin));
  const all = await tx.figure.findMany({ where: { claimId }, select: { id: true, start: true, end: true, text: true, manual: true } });
  const shared = (f: { start: number; end: number }) => f.end <= previous.start || f.start >= previous.end;
  // A figure a reviewer added stays while it lies inside the new span; the engine may not read it.
  const kept = (f: { start: number; end: number; manual: boolean }) => f.manual && f.start >= start && f.end <= end;
  const existing = all.filter((f) => !shared(f) && !kept(f));
  const key = (f: { start: number; end: number; text: string }) => `${f.start}:${f.end}:${f.text}`;
  const keep = new Set(found.map(key));
  const stale = existing.filter((f) => !keep.has(key(f)));
  if (stale.length) await tx.figure.deleteMany({ where: { id: { in: stale.map((f) => f.id) } } });
  const have = new Set(existing.map(key));
  const fresh = found.filter((f) => !have.has(key(f)));
  if (fresh.length) await tx.figure.createMany({ data: fresh.map((f) => ({ claimId, ...figureData(f) })) });
}
