import { NextResponse } from "next/server";
import { requireApiUser } from "@/lib/auth/session";
import { canReadFigureBoard } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import { route } from "@/lib/http/response";
import { figureBoard } from "@/lib/sources/figure-board";

/** Each figure of a bulletin with its proposal: the source, the number found, the passage and their offsets in the snapshot. */
export const GET = route(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser();
  if (!canReadFigureBoard(user)) throw forbidden();
  const { id } = await params;
  const board = await figureBoard(id);
  if (!board) throw notFound("bulletin.noSuchId");
  return NextResponse.json({
    data: board.rows.map((r) => ({
      figureId: r.figureId, claimId: r.claimId, claimNumber: r.claimNumber, figure: r.figureText, value: r.value, check: r.check,
      proposal: { result: r.result, reason: r.reason, confidence: r.confidence },
      source: r.source ? { id: r.source.id, title: r.source.title, snapshotId: r.source.snapshotId, attachedTo: r.source.viaBulletin ? "bulletin" : "claim" } : null,
      sourceText: r.sourceText ?? null, sourceValue: r.sourceValue ?? null, start: r.start ?? null, end: r.end ?? null, passage: r.passage ?? null, cell: r.cell ?? null,
    })),
  });
});
