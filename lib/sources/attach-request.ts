import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { RequestKey } from "@/lib/idempotency/keys";
import { invalidInput } from "@/lib/validations/field-errors";
import { apiFileSchema } from "@/lib/validations/api-file";
import { fetchSourceSchema, snapshotTextSchema, sourceMetaSchema } from "@/lib/validations/source";
import { fetchSourceForBulletinJob, fetchSourceForClaimJob } from "@/lib/jobs/source-fetch";
import { addSourceToBulletin, attachSourceToBulletin } from "./bulletin-sources";
import { addSourceToClaim, attachSource, type SnapshotExtras, type SourceMeta } from "./service";
import { sourceTextOf } from "./source-text";

// POST /api/v1/claims/ID/sources and /api/v1/bulletins/ID/sources: one of an existing source, a URL
// to fetch, pasted text or a file, each through the function the workspace's own action calls, with
// the same schema.

/** Where a source is attached: one claim, or the whole bulletin (every claim of it may use it). */
export type SourceTarget = { claimId: string } | { bulletinId: string };

type FetchInput = Parameters<typeof fetchSourceForClaimJob>[3];

/** The three ways of attaching, for either target. */
function attachingTo(target: SourceTarget) {
  if ("claimId" in target) {
    const { claimId } = target;
    return {
      existing: (client: Db, actor: Actor, sourceId: string) => attachSource(client, actor, claimId, sourceId),
      fetched: (client: Db, actor: Actor, input: FetchInput, key: RequestKey) => fetchSourceForClaimJob(client, actor, claimId, input, key),
      stored: (client: Db, actor: Actor, meta: SourceMeta, text: string, contentType: string, key: RequestKey, table?: SnapshotExtras) =>
        addSourceToClaim(client, actor, claimId, meta, text, contentType, key, table),
    };
  }
  const { bulletinId } = target;
  return {
    existing: (client: Db, actor: Actor, sourceId: string) => attachSourceToBulletin(client, actor, bulletinId, sourceId),
    fetched: (client: Db, actor: Actor, input: FetchInput, key: RequestKey) => fetchSourceForBulletinJob(client, actor, bulletinId, input, key),
    stored: (client: Db, actor: Actor, meta: SourceMeta, text: string, contentType: string, key: RequestKey, table?: SnapshotExtras) =>
      addSourceToBulletin(client, actor, bulletinId, meta, text, contentType, key, table),
  };
}

const ORIGINS = ["sourceId", "url", "text", "file"] as const;

const parts = z.object({
  sourceId: z.string().min(1).max(64).optional(),
  text: snapshotTextSchema.optional(),
  file: apiFileSchema.optional(),
});

export async function attachSourceFromRequest(client: Db, actor: Actor, target: SourceTarget, body: Record<string, unknown>, key: RequestKey) {
  const attach = attachingTo(target);
  const sent = ORIGINS.filter((name) => body[name] !== undefined && body[name] !== null && body[name] !== "");
  if (sent.length !== 1) throw new AppError("bad_request", "api.oneSource", Object.fromEntries(ORIGINS.map((name) => [name, ["api.oneSource"]])));
  const parsed = parts.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { sourceId, text, file } = parsed.data;
  if (sourceId) {
    await attach.existing(client, actor, sourceId);
    return { sourceId, reused: true, created: false };
  }
  if (sent[0] === "url") {
    const input = fetchSourceSchema.omit({ claimId: true }).safeParse({ ...body, requestKey: key });
    if (!input.success) throw invalidInput(input.error);
    const { url, title, publisher, publishedOn, kind, credibility } = input.data;
    const result = await attach.fetched(client, actor, { url, title, publisher, publishedOn, kind, credibility }, key);
    return { sourceId: result.sourceId, reused: result.reused, created: !result.reused };
  }
  const meta = sourceMetaSchema.safeParse(body);
  if (!meta.success) throw invalidInput(meta.error);
  const read = await sourceTextOf({ text, file });
  const result = await attach.stored(client, actor, meta.data, read.text, read.contentType, key, read.table);
  return { sourceId: result.sourceId, reused: result.reused, created: !result.reused };
}
