import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ClaimKind, Priority } from "@/lib/generated/prisma/client";
import { assertCorrectable } from "./workflow";
import { writeClaim, writeClaimIn, type ClaimRef } from "./write";

// Corrections of what the engine read into a claim, and the claim's triage (tags, priority).
// Each is one versioned, audited write through writeClaim; the audit keeps before → after.

export type ClaimEdit = { statement?: string; kind?: ClaimKind; speaker?: string | null };

/** Edits the standalone wording, the kind and the speaker; the claim's span in the bulletin stays. */
export function editClaim(client: Db, actor: Actor, ref: ClaimRef, edit: ClaimEdit) {
  return writeClaim(client, actor, ref, "claim.edit", (claim) => {
    assertCorrectable(actor, claim);
    const data: ClaimEdit = {};
    if (edit.statement !== undefined && edit.statement !== claim.statement) data.statement = edit.statement;
    if (edit.kind !== undefined && edit.kind !== claim.kind) data.kind = edit.kind;
    if (edit.speaker !== undefined && (edit.speaker || null) !== claim.speaker) data.speaker = edit.speaker || null;
    if (Object.keys(data).length === 0) throw new AppError("bad_request", "validation.nothingChanged");
    return { data };
  });
}

/** Tags are compared without case; the first spelling used is kept. */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

async function replaceTags(tx: Tx, claimId: string, tags: string[]) {
  await tx.claimTag.deleteMany({ where: { claimId } });
  if (tags.length) await tx.claimTag.createMany({ data: tags.map((tag) => ({ claimId, tag })) });
}

function tagChange(actor: Actor, claim: { tags: { tag: string }[] }, tags: string[]) {
  if (!actor.active) throw new AppError("forbidden", "claim.cannotChange");
  const before = claim.tags.map((t) => t.tag);
  return { data: { updatedAt: new Date() }, before: { tags: before }, after: { tags } };
}

/**
 * Tags and priority are triage, not the checked content: they may change at any status, so an
 * editor can sort the inbox, but every change is still versioned and audited.
 */
export function setTags(client: Db, actor: Actor, ref: ClaimRef, tags: string[]) {
  const next = normaliseTags(tags);
  return writeClaim(client, actor, ref, "claim.tags", (claim) => tagChange(actor, claim, next), (tx, claim) => replaceTags(tx, claim.id, next));
}

function priorityChange(actor: Actor, priority: Priority) {
  if (!actor.active) throw new AppError("forbidden", "claim.cannotChange");
  return { data: { priority } };
}

export function setPriority(client: Db, actor: Actor, ref: ClaimRef, priority: Priority) {
  return writeClaim(client, actor, ref, "claim.priority", () => priorityChange(actor, priority));
}

/** Dismissing is reshaping what the engine proposed: refused under a verdict, like any correction. */
function dismissChange(actor: Actor, claim: Parameters<typeof assertCorrectable>[1], reason: string) {
  assertCorrectable(actor, claim);
  return { data: { dismissed: true }, after: { dismissed: true, reason } };
}

async function dismissReason(tx: Tx, actor: Actor, claimId: string, reason: string) {
  await tx.comment.create({ data: { claimId, authorId: actor.id, body: reason } });
}

export type BulkChange =
  | { kind: "tag"; tag: string }
  | { kind: "priority"; priority: Priority }
  | { kind: "dismiss"; reason: string };

/** One change to many claims in one transaction: all of them, or none if one is stale or refused. */
export async function bulkChange(client: Db, actor: Actor, refs: ClaimRef[], change: BulkChange) {
  return client.$transaction(
    async (tx) => {
      const out = [];
      for (const ref of refs) {
        if (change.kind === "tag") {
          const withTag = (claim: { tags: { tag: string }[] }) => normaliseTags([...claim.tags.map((t) => t.tag), change.tag]);
          out.push(await writeClaimIn(tx, actor, ref, "claim.tags", (claim) => tagChange(actor, claim, withTag(claim)), (t, claim) => replaceTags(t, claim.id, withTag(claim))));
        } else if (change.kind === "priority") {
          out.push(await writeClaimIn(tx, actor, ref, "claim.priority", () => priorityChange(actor, change.priority)));
        } else {
          out.push(await writeClaimIn(tx, actor, ref, "claim.dismiss", (claim) => dismissChange(actor, claim, change.reason), (t, claim) => dismissReason(t, actor, claim.id, change.reason)));
        }
      }
      return out;
    },
    { timeout: 60_000 },
  );
}
