import { db } from "@/lib/db";
import type { Figure } from "@/lib/engine";
import { checkFigureAgainstSources } from "@/lib/evidence";
import { AppError } from "@/lib/errors";
import { claimSourceTexts } from "./queries";

const RESULT = { matches: "MATCHES", "within-rounding": "WITHIN_ROUNDING", differs: "DIFFERS", "not-found": "NOT_FOUND" } as const;

/** A stored figure as the engine's type: values are decimal strings in the database. */
export function engineFigure(row: { text: string; start: number; end: number; kind: string; value: string; valueMax: string | null; approx: string; unit: string | null; currency: string | null }): Figure {
  const value = (v: string) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);
  return {
    text: row.text,
    start: row.start,
    end: row.end,
    kind: row.kind as Figure["kind"],
    value: value(row.value),
    ...(row.valueMax !== null ? { valueMax: value(row.valueMax) } : {}),
    approx: row.approx as Figure["approx"],
    unit: row.unit,
    ...(row.currency ? { currency: row.currency } : {}),
  };
}

/**
 * Looks for a figure's number in every source attached to its claim and proposes a result; the
 * reviewer confirms or overrides it. Nothing is written here.
 */
export async function proposeFigureCheck(claimId: string, figureId: string) {
  const figure = await db.figure.findFirst({
    where: { id: figureId, claimId, claim: { bulletin: { deletedAt: null } } },
    include: { claim: { select: { statement: true } } },
  });
  if (!figure) throw new AppError("not_found", "figure.notInClaim");
  if (figure.value === null) throw new AppError("bad_request", "figure.vagueNoValue");
  const sources = await claimSourceTexts(claimId);
  if (sources.length === 0) throw new AppError("bad_request", "source.attachFirst");
  const match = checkFigureAgainstSources(engineFigure({ ...figure, value: figure.value }), figure.claim.statement, sources.map((s) => ({ id: s.id, text: s.text, table: s.table })));
  const source = sources.find((s) => s.id === match.sourceId);
  return {
    result: RESULT[match.result],
    reason: match.reason,
    why: match.why,
    sourceId: source?.id,
    sourceTitle: source?.title,
    snapshotId: source?.snapshotId,
    sourceValue: match.sourceValue,
    sourceText: match.sourceText,
    sourceStart: match.start,
    sourceEnd: match.end,
    // A table cell is shown with its headers: `2023年 · 粮食产量(万吨) · 69541`.
    passage: match.cell?.path ?? (source && match.passage ? source.text.slice(match.passage.start, match.passage.end) : undefined),
    sourceFragment: match.cell?.fragment,
    relativeDifference: match.relativeDifference,
    claimValue: figure.value,
  };
}
