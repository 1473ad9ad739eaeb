import { z } from "zod";
import { requestKey } from "./request-key";
import { httpUrl } from "./bulletin";

export const SOURCE_KINDS = ["OFFICIAL", "PRIMARY_DATA", "MEDIA", "OTHER"] as const;
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const FIGURE_CHECKS = ["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND", "NOT_CHECKABLE"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const sourceMetaSchema = z.object({
  url: z.preprocess(blankToUndefined, httpUrl.optional()),
  title: z.string().trim().min(1, "validation.sourceTitle").max(300),
  publisher: z.preprocess(blankToUndefined, z.string().trim().max(200, "validation.textLong").optional()),
  publishedOn: z.preprocess(blankToUndefined, z.iso.date("validation.date").optional()),
  kind: z.enum(SOURCE_KINDS, "validation.sourceKind"),
  // 1 = doubtful … 5 = authoritative.
  credibility: z.coerce.number().int().min(1, "validation.credibility").max(5, "validation.credibility"),
});

/** Attach source → From a URL: the title and the rest may be left for the page to tell. */
export const fetchSourceSchema = sourceMetaSchema.extend({
  claimId: z.string().min(1).max(64),
  url: z.preprocess((v) => (typeof v === "string" ? v : ""), httpUrl),
  title: z.preprocess(blankToUndefined, z.string().trim().max(300, "validation.textLong").optional()),
  requestKey,
});

export const fetchAgainSchema = z.object({ sourceId: z.string().min(1).max(64), claimId: z.string().min(1).max(64).optional(), requestKey });

export const MAX_SNAPSHOT_CHARS = 3_000_000;

export const snapshotTextSchema = z
  .string()
  .max(MAX_SNAPSHOT_CHARS, "validation.sourceTextLong")
  .refine((t) => t.trim().length > 0, "validation.sourceTextEmpty");

export const attachSourceSchema = z.object({ claimId: z.string().min(1), sourceId: z.string().min(1) });

/** A source of the whole bulletin: attached from the library, fetched by URL, or detached. */
export const bulletinSourceSchema = z.object({ bulletinId: z.string().min(1).max(64), sourceId: z.string().min(1).max(64) });
export const fetchBulletinSourceSchema = fetchSourceSchema.omit({ claimId: true }).extend({ bulletinId: z.string().min(1).max(64) });

export const evidenceSchema = z.object({
  claimId: z.string().min(1),
  sourceId: z.string().min(1),
  snapshotId: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  stance: z.enum(STANCES, "validation.stance"),
  note: z.preprocess(blankToUndefined, z.string().trim().max(5_000, "validation.textLong").optional()),
  requestKey,
}).refine((v) => v.end > v.start, { message: "validation.passageFirst", path: ["end"] });

export const figureCheckSchema = z
  .object({
    claimId: z.string().min(1),
    version: z.number().int().min(1),
    figureId: z.string().min(1),
    result: z.enum(FIGURE_CHECKS, "validation.figureResult"),
    proposed: z.enum(["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND"]).optional(),
    sourceId: z.string().min(1).optional(),
    snapshotId: z.string().min(1).optional(),
    sourceStart: z.number().int().min(0).optional(),
    sourceEnd: z.number().int().min(0).optional(),
    sourceValue: z.string().max(100).optional(),
    relativeDifference: z.number().finite().optional(),
    note: z.preprocess(blankToUndefined, z.string().trim().max(2_000, "validation.textLong").optional()),
  })
  .refine((v) => v.result !== "NOT_CHECKABLE" || Boolean(v.note), {
    message: "validation.notCheckableReason",
    path: ["note"],
  })
  .refine((v) => !["MATCHES", "WITHIN_ROUNDING", "DIFFERS"].includes(v.result) || Boolean(v.sourceId && v.sourceValue), {
    message: "validation.matchNeedsSource",
    path: ["sourceValue"],
  });

export const acknowledgeSchema = z.object({ claimId: z.string().min(1), version: z.number().int().min(1), findingId: z.string().min(1) });
