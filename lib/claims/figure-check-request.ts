import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { RequestKey } from "@/lib/idempotency/keys";
import { acceptBoardFigure } from "@/lib/sources/board-accept";
import { invalidInput } from "@/lib/validations/field-errors";
import { figureCheckSchema } from "@/lib/validations/source";
import { recordFigureCheck } from "./figure-checks";

// POST /api/v1/figures/ID/check: accept the app's proposal as the figure board's Enter does (the
// check, the source attached to the claim if only the bulletin had it, and the passage as evidence,
// in one transaction), or set a result as the workspace's Check does, with its schema and rules.

const choice = z.object({ accept: z.literal(true).optional(), version: z.number().int().min(1) });

export async function checkFigureFromRequest(client: Db, actor: Actor, figureId: string, body: Record<string, unknown>, key?: RequestKey) {
  const parsed = choice.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  if (parsed.data.accept && body.result !== undefined) throw new AppError("bad_request", "api.acceptOrResult", { result: ["api.acceptOrResult"] });
  const figure = await client.figure.findFirst({ where: { id: figureId, claim: { bulletin: { deletedAt: null } } }, select: { claimId: true, claim: { select: { bulletinId: true } } } });
  if (!figure) throw new AppError("not_found", "figure.notInClaim");
  if (parsed.data.accept) {
    const accepted = await acceptBoardFigure(client, actor, { bulletinId: figure.claim.bulletinId, figureId, decision: "accept", version: parsed.data.version, requestKey: key });
    return accepted.claim;
  }
  // The schema drops what it does not name (a request key).
  const input = figureCheckSchema.safeParse({ ...body, claimId: figure.claimId, figureId });
  if (!input.success) throw invalidInput(input.error);
  const { claimId, version, ...check } = input.data;
  return recordFigureCheck(client, actor, { id: claimId, version }, check);
}
