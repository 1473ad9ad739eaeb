import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { proposeFigureCheck } from "@/lib/sources/figure-proposal";
import { invalidInput } from "@/lib/validations/field-errors";
import { figureCheckSchema } from "@/lib/validations/source";
import { recordFigureCheck } from "./figure-checks";

// POST /api/v1/figures/ID/check: accept the app's proposal, or set a result as the workspace's
// Check does; both end in the workspace's figure check with its schema and rules.

const choice = z.object({ accept: z.literal(true).optional(), version: z.number().int().min(1) });

export async function checkFigureFromRequest(client: Db, actor: Actor, figureId: string, body: Record<string, unknown>) {
  const parsed = choice.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (parsed.data.accept && body.result !== undefined) throw new AppError("bad_request", "api.acceptOrResult", { result: ["api.acceptOrResult"] });
  const figure = await client.figure.findFirst({ where: { id: figureId, claim: { bulletin: { deletedAt: null } } }, select: { claimId: true } });
  if (!figure) throw new AppError("not_found", "figure.notInClaim");
  // The schema drops what it does not name (accept, a request key).
  let sent: Record<string, unknown> = body;
  if (parsed.data.accept) {
    const proposal = await proposeFigureCheck(figure.claimId, figureId);
    sent = {
      version: parsed.data.version, result: proposal.result, proposed: proposal.result, note: body.note,
      sourceId: proposal.sourceId, snapshotId: proposal.snapshotId, sourceStart: proposal.sourceStart, sourceEnd: proposal.sourceEnd,
      sourceValue: proposal.sourceValue, relativeDifference: proposal.relativeDifference,
    };
  }
  const input = figureCheckSchema.safeParse({ ...sent, claimId: figure.claimId, figureId });
  if (!input.success) throw invalidInput(input.error);
  const { claimId, version, ...check } = input.data;
  return recordFigureCheck(client, actor, { id: claimId, version }, check);
}
