import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { canEditClaim } from "@/lib/auth/permissions";
import { cellAt } from "@/lib/evidence";
import { tableOfSnapshot } from "@/lib/sources/table-snapshot";
import { assertBackingMayChange } from "./workflow";
import { writeClaim, writeClaimIn, type ClaimRef } from "./write";

export type CheckInput = {
  figureId: string;
  result: "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND" | "NOT_CHECKABLE";
  proposed?: "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND";
  sourceId?: string;
  snapshotId?: string;
  sourceStart?: number;
  sourceEnd?: number;
  sourceValue?: string;
  relativeDifference?: number;
  note?: string;
};

/**
 * Records a reviewer's figure check: the app's proposal, what the reviewer decided, the source value,
 * the source and passage it came from, and who checked it. It bumps the claim's version, since a
 * verdict depends on its figures.
 */
export function recordFigureCheck(client: Db, actor: Actor, ref: ClaimRef, input: CheckInput) {
  return client.$transaction((tx) => recordFigureCheckIn(tx, actor, ref, input));
}

/** recordFigureCheck inside a transaction the caller holds (the board's accept writes more beside it). */
export function recordFigureCheckIn(tx: Tx, actor: Actor, ref: ClaimRef, input: CheckInput) {
  return writeClaimIn(
    tx,
    actor,
    ref,
    "claim.figure-check",
    async (claim) => {
      if (!canEditClaim(actor, claim)) throw forbidden("claim.cannotChange");
      assertBackingMayChange(claim);
      const figure = claim.figures.find((f) => f.id === input.figureId);
      if (!figure) throw new AppError("not_found", "figure.notInClaim");
      // Without a value there is nothing a source could match or differ from.
      if (figure.value === null && input.result !== "NOT_CHECKABLE") throw new AppError("bad_request", "figure.vagueNoValue");
      if (input.sourceId && !(await tx.claimSource.findUnique({ where: { claimId_sourceId: { claimId: claim.id, sourceId: input.sourceId } }, select: { claimId: true } }))) {
        throw new AppError("bad_request", "figure.sourceNotAttached");
      }
      let passage: string | null = null;
      let fragment: string | null = null;
      if (input.snapshotId) {
        const snapshot = await tx.sourceSnapshot.findUnique({ where: { id: input.snapshotId }, select: { sourceId: true, text: true, tableGrid: true } });
        if (!snapshot || snapshot.sourceId !== input.sourceId) throw new AppError("bad_request", "figure.passageNotOfSource");
        if (input.sourceStart !== undefined && input.sourceEnd !== undefined) {
          // In a table the passage is the cell's header path, and the cell is named by its RFC 7111 fragment.
          const table = tableOfSnapshot(snapshot);
          const cell = table ? cellAt(table, input.sourceStart, input.sourceEnd) : null;
          passage = cell?.path ?? snapshot.text.slice(Math.max(0, input.sourceStart - 60), Math.min(snapshot.text.length, input.sourceEnd + 60));
          fragment = cell?.fragment ?? null;
        }
      }
      const usesSource = input.result !== "NOT_CHECKABLE" && input.result !== "NOT_FOUND";
      await tx.figure.update({
        where: { id: figure.id },
        data: {
          check: input.result,
          proposedCheck: input.proposed ?? null,
          checkNote: input.note ?? null,
          sourceValue: usesSource ? (input.sourceValue ?? null) : null,
          relativeDifference: input.result === "DIFFERS" ? (input.relativeDifference ?? null) : null,
          sourceId: usesSource ? (input.sourceId ?? null) : null,
          snapshotId: usesSource ? (input.snapshotId ?? null) : null,
          sourceStart: usesSource ? (input.sourceStart ?? null) : null,
          sourceEnd: usesSource ? (input.sourceEnd ?? null) : null,
          sourcePassage: usesSource ? passage : null,
          sourceFragment: usesSource ? fragment : null,
          checkedById: actor.id,
          checkedAt: new Date(),
        },
        select: { id: true },
      });
      return {
        data: { updatedAt: new Date() },
        before: { figure: figure.text, check: figure.check },
        after: { figure: figure.text, check: input.result, proposed: input.proposed ?? null, sourceValue: input.sourceValue ?? null, note: input.note ?? null },
      };
    },
  );
}

/** The reviewer has read a consistency finding (e.g. a stated count against its list). */
export function acknowledgeFinding(client: Db, actor: Actor, ref: ClaimRef, findingId: string) {
  return writeClaim(client, actor, ref, "claim.acknowledge", async (claim, tx) => {
    if (!canEditClaim(actor, claim)) throw forbidden("claim.cannotChange");
    assertBackingMayChange(claim);
    const finding = claim.findings.find((f) => f.id === findingId);
    if (!finding) throw new AppError("not_found", "finding.notInClaim");
    await tx.consistencyFinding.update({ where: { id: findingId }, data: { acknowledgedById: actor.id, acknowledgedAt: new Date() }, select: { id: true } });
    return { data: { updatedAt: new Date() }, before: { finding: findingId, acknowledged: false }, after: { finding: findingId, acknowledged: true } };
  });
}
