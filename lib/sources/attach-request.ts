import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { RequestKey } from "@/lib/idempotency/keys";
import { invalidInput } from "@/lib/validations/field-errors";
import { apiFileSchema } from "@/lib/validations/api-file";
import { fetchSourceSchema, snapshotTextSchema, sourceMetaSchema } from "@/lib/validations/source";
import { fetchSourceForClaimJob } from "@/lib/jobs/source-fetch";
import { addSourceToClaim, attachSource } from "./service";
import { sourceTextOf } from "./source-text";

// POST /api/v1/claims/ID/sources: one of an existing source, a URL to fetch, pasted text or a file,
// each through the function the workspace's own action calls, with the same schema.

const ORIGINS = ["sourceId", "url", "text", "file"] as const;

const parts = z.object({
  sourceId: z.string().min(1).max(64).optional(),
  text: snapshotTextSchema.optional(),
  file: apiFileSchema.optional(),
});

export async function attachSourceFromRequest(client: Db, actor: Actor, claimId: string, body: Record<string, unknown>, key: RequestKey) {
  const sent = ORIGINS.filter((name) => body[name] !== undefined && body[name] !== null && body[name] !== "");
  if (sent.length !== 1) throw new AppError("bad_request", "api.oneSource", Object.fromEntries(ORIGINS.map((name) => [name, ["api.oneSource"]])));
  const parsed = parts.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { sourceId, text, file } = parsed.data;
  if (sourceId) {
    await attachSource(client, actor, claimId, sourceId);
    return { sourceId, reused: true, created: false };
  }
  if (sent[0] === "url") {
    const input = fetchSourceSchema.safeParse({ ...body, claimId, requestKey: key });
    if (!input.success) throw invalidInput(input.error);
    const { url, title, publisher, publishedOn, kind, credibility } = input.data;
    const result = await fetchSourceForClaimJob(client, actor, claimId, { url, title, publisher, publishedOn, kind, credibility }, key);
    return { sourceId: result.sourceId, reused: result.reused, created: !result.reused };
  }
  const meta = sourceMetaSchema.safeParse(body);
  if (!meta.success) throw invalidInput(meta.error);
  const read = await sourceTextOf({ text, file });
  const result = await addSourceToClaim(client, actor, claimId, meta.data, read.text, read.contentType, key, read.table);
  return { sourceId: result.sourceId, reused: result.reused, created: !result.reused };
}
