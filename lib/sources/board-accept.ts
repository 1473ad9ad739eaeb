import type { Db, Tx } from "@/lib/db";
import { canCheckFiguresOnBoard, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { loadClaim } from "@/lib/claims/write";
import { toClaimView, type ClaimView } from "@/lib/claims/dto";
import { recordFigureCheckIn } from "@/lib/claims/figure-checks";
import { once, type RequestKey } from "@/lib/idempotency/keys";
import { addEvidenceIn } from "./evidence";
import { figureBoard, type BoardResult, type BoardRow } from "./figure-board";
import { attachSourceInTx } from "./service";
import { tableOfSnapshot } from "./table-snapshot";

/** What the reviewer decided on the board: the proposal as it stands, or one of the results that need no number. */
export type BoardDecision = "accept" | "DIFFERS" | "NOT_FOUND" | "NOT_CHECKABLE";

const STORED = { matches: "MATCHES", "within-rounding": "WITHIN_ROUNDING", differs: "DIFFERS", "not-found": "NOT_FOUND" } as const satisfies Record<BoardResult, string>;
const STANCE = { MATCHES: "SUPPORTS", WITHIN_ROUNDING: "SUPPORTS", DIFFERS: "REFUTES" } as const;

type Decided = { figureId: string; decision: BoardDecision; note?: string };

/** The board as the server sees it now: the client's proposal is never trusted. */
async function boardRows(bulletinId: string): Promise<Map<string, BoardRow>> {
  const board = await figureBoard(bulletinId);
  if (!board) throw new AppError("not_found", "bulletin.gone");
  return new Map(board.rows.map((r) => [r.figureId, r]));
}

/**
 * Records one decision in the caller's transaction: attaches a bulletin source to the claim, records
 * the figure check and anchors the passage as evidence (a table's cell with its fragment), supporting
 * a match and refuting a difference. Returns the claim's new version.
 */
async function writeDecision(tx: Tx, actor: Actor, row: BoardRow, decided: Decided, version: number): Promise<number> {
  const result = decided.decision === "accept" ? STORED[row.result] : decided.decision;
  const stance = result in STANCE ? STANCE[result as keyof typeof STANCE] : null;
  const source = stance ? row.source : undefined;
  if (stance && (!source || row.start === undefined || row.end === undefined)) throw new AppError("bad_request", "board.noSourceNumber");
  if (source) {
    // The proposal was made on the newest snapshot; a newer one since means the reviewer decided on an old copy.
    const newest = await tx.sourceSnapshot.findFirst({ where: { sourceId: source.id }, orderBy: { takenAt: "desc" }, select: { id: true, text: true, tableGrid: true } });
    if (newest?.id !== source.snapshotId) throw new AppError("conflict", "board.proposalChanged");
    await attachSourceInTx(tx, actor, row.claimId, source.id);
  }
  const view = await recordFigureCheckIn(tx, actor, { id: row.claimId, version }, {
    figureId: row.figureId,
    result,
    ...(row.value !== null ? { proposed: STORED[row.result] } : {}),
    ...(source ? { sourceId: source.id, snapshotId: source.snapshotId, sourceStart: row.start, sourceEnd: row.end, sourceValue: row.sourceValue } : {}),
    ...(decided.note ? { note: decided.note } : {}),
  });
  if (source && stance) {
    const snapshot = (await tx.sourceSnapshot.findUnique({ where: { id: source.snapshotId }, select: { text: true, tableGrid: true } }))!;
    // A table's evidence is the cell itself (named by its RFC 7111 fragment); a text's is the passage around the number.
    const span = tableOfSnapshot(snapshot) || !row.passage ? { start: row.start!, end: row.end! } : { start: row.passage.start, end: row.passage.end };
    await addEvidenceIn(tx, actor, { claimId: row.claimId, sourceId: source.id, snapshotId: source.snapshotId, ...span, stance });
  }
  return view.version;
}

async function claimView(tx: Tx, claimId: string): Promise<ClaimView> {
  return toClaimView(await loadClaim(tx, claimId));
}

export type AcceptInput = Decided & { bulletinId: string; version: number; requestKey?: RequestKey };

/** One figure's decision on the board, in one transaction; a retry with the same request key gets the first answer. */
export async function acceptBoardFigure(client: Db, actor: Actor, input: AcceptInput): Promise<{ claim: ClaimView }> {
  if (!canCheckFiguresOnBoard(actor)) throw forbidden();
  const row = (await boardRows(input.bulletinId)).get(input.figureId);
  if (!row) throw new AppError("not_found", "figure.notInClaim");
  return client.$transaction((tx) => once(tx, actor.id, input.requestKey, "board.accept", async () => {
    await writeDecision(tx, actor, row, input, input.version);
    return { claim: await claimView(tx, row.claimId) };
  }));
}

export type SkipReason = "checked" | "vague" | "no-proposal" | "refused";
export type AcceptAllOutcome = {
  written: string[];
  skipped: { figureId: string; reason: SkipReason; error?: AppError }[];
  claims: ClaimView[];
};

/**
 * Accepts the proposal of every figure shown. Each claim is written in its own transaction, all its
 * figures or none: a claim someone else changed, or one in review, is skipped and said so, and
 * does not hold back the others. Figures already checked, vague ones and those with no source
 * number are skipped: a reviewer looks at those one by one.
 */
export async function acceptAllShown(client: Db, actor: Actor, input: { bulletinId: string; figures: { figureId: string; version: number }[]; requestKey?: RequestKey }): Promise<AcceptAllOutcome> {
  if (!canCheckFiguresOnBoard(actor)) throw forbidden();
  const rows = await boardRows(input.bulletinId);
  const outcome: AcceptAllOutcome = { written: [], skipped: [], claims: [] };
  const byClaim = new Map<string, { version: number; rows: BoardRow[] }>();
  for (const { figureId, version } of input.figures) {
    const row = rows.get(figureId);
    if (!row) throw new AppError("not_found", "figure.notInClaim");
    const reason: SkipReason | null = row.check !== "UNCHECKED" ? "checked" : row.value === null ? "vague" : !row.source ? "no-proposal" : null;
    if (reason) outcome.skipped.push({ figureId, reason });
    else byClaim.set(row.claimId, { version: byClaim.get(row.claimId)?.version ?? version, rows: [...(byClaim.get(row.claimId)?.rows ?? []), row] });
  }
  for (const [claimId, group] of byClaim) {
    const key = input.requestKey ? `${input.requestKey}:${claimId}` : undefined;
    try {
      const done = await client.$transaction((tx) => once(tx, actor.id, key, "board.accept-all", async () => {
        let version = group.version;
        for (const row of group.rows) version = await writeDecision(tx, actor, row, { figureId: row.figureId, decision: "accept" }, version);
        return { figureIds: group.rows.map((r) => r.figureId), claim: await claimView(tx, claimId) };
      }));
      outcome.written.push(...done.figureIds);
      outcome.claims.push(done.claim);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.skipped.push(...group.rows.map((r) => ({ figureId: r.figureId, reason: "refused" as const, error })));
    }
  }
  return outcome;
}
