import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { extractFigures } from "@/lib/engine";
import { AppError } from "@/lib/errors";
import { engineOptions, figureData } from "./figures";
import { assertCorrectable } from "./workflow";
import { writeClaim, type ClaimRef } from "./write";

// Figures the engine got wrong: remove a spurious one, add a missed one from a selection, edit one.

export type FigureFields = { value: string; valueMax?: string | null; unit?: string | null; approx: string; kind: string };

type Span = { start: number; end: number };

function assertInside(claim: Span, span: Span) {
  if (span.start < claim.start || span.end > claim.end || span.end <= span.start) throw new AppError("bad_request", "claim.selectInsideClaim");
}

async function bulletinText(client: Pick<Db, "bulletin">, bulletinId: string) {
  const bulletin = await client.bulletin.findUnique({ where: { id: bulletinId }, select: { cleanText: true, publishedOn: true, language: true, deletedAt: true } });
  if (!bulletin || bulletin.deletedAt) throw new AppError("not_found", "bulletin.gone");
  return bulletin;
}

/**
 * What the engine reads in a selection of the claim's text: value, unit, approximation and kind of
 * the first figure in it, for the reviewer to confirm or correct. Writes nothing.
 */
export async function proposeFigure(client: Db, claimId: string, span: Span) {
  const claim = await client.claim.findFirst({ where: { id: claimId, bulletin: { deletedAt: null } }, select: { bulletinId: true, start: true, end: true } });
  if (!claim) throw new AppError("not_found", "claim.gone");
  assertInside(claim, span);
  const bulletin = await bulletinText(client, claim.bulletinId);
  const text = bulletin.cleanText.slice(span.start, span.end);
  const found = extractFigures(text, span.start, engineOptions(bulletin))[0];
  if (!found) return { found: false, text, start: span.start, end: span.end, value: "", valueMax: null, unit: null, approx: "exact", kind: "count" };
  const data = figureData(found);
  return { found: true, ...data, text: data.text };
}

export function addFigure(client: Db, actor: Actor, ref: ClaimRef, span: Span, fields: FigureFields) {
  return writeClaim(client, actor, ref, "claim.figure-add", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    assertInside(claim, span);
    if (claim.figures.some((f) => f.start === span.start && f.end === span.end)) throw new AppError("conflict", "claim.figureExists");
    const text = (await bulletinText(tx, claim.bulletinId)).cleanText.slice(span.start, span.end);
    await tx.figure.create({
      data: { claimId: claim.id, text, start: span.start, end: span.end, manual: true, ...fields, valueMax: fields.valueMax ?? null, unit: fields.unit ?? null },
    });
    return { data: { updatedAt: new Date() }, before: { figure: null }, after: { figure: text, value: fields.value, unit: fields.unit ?? null, approx: fields.approx } };
  });
}

/** A removed figure is gone from the claim, so it no longer blocks a verdict; the audit keeps what it was. */
export function removeFigure(client: Db, actor: Actor, ref: ClaimRef, figureId: string) {
  return writeClaim(client, actor, ref, "claim.figure-remove", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    const figure = claim.figures.find((f) => f.id === figureId);
    if (!figure) throw new AppError("not_found", "figure.notInClaim");
    await tx.figure.delete({ where: { id: figure.id } });
    return {
      data: { updatedAt: new Date() },
      before: { figure: figure.text, value: figure.value, unit: figure.unit, approx: figure.approx, check: figure.check },
      after: { figure: null },
    };
  });
}

/** A changed value or unit was not what the check compared: the figure must be checked again. */
export function editFigure(client: Db, actor: Actor, ref: ClaimRef, figureId: string, fields: FigureFields) {
  return writeClaim(client, actor, ref, "claim.figure-edit", async (claim, tx) => {
    assertCorrectable(actor, claim, "backing");
    const figure = claim.figures.find((f) => f.id === figureId);
    if (!figure) throw new AppError("not_found", "figure.notInClaim");
    const next = { value: fields.value, valueMax: fields.valueMax ?? null, unit: fields.unit ?? null, approx: fields.approx, kind: fields.kind };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== figure[k]);
    if (changed.length === 0) throw new AppError("bad_request", "validation.nothingChanged");
    const recheck = changed.some((k) => k === "value" || k === "valueMax" || k === "unit") && figure.check !== "UNCHECKED";
    await tx.figure.update({
      where: { id: figure.id },
      data: { ...next, vague: false, ...(recheck ? { check: "UNCHECKED", proposedCheck: null, checkedById: null, checkedAt: null } : {}) },
    });
    const pick = (row: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, row[k]]));
    return {
      data: { updatedAt: new Date() },
      before: { figure: figure.text, ...pick(figure), ...(recheck ? { check: figure.check } : {}) },
      after: { figure: figure.text, ...pick(next), ...(recheck ? { check: "UNCHECKED" } : {}) },
    };
  });
}
