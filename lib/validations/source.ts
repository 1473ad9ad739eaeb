import { z } from "zod";
import { requestKey } from "./request-key";
import { httpUrl } from "./bulletin";

export const SOURCE_KINDS = ["OFFICIAL", "PRIMARY_DATA", "MEDIA", "OTHER"] as const;
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const FIGURE_CHECKS = ["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND", "NOT_CHECKABLE"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const sourceMetaSchema = z.object({
  url: z.preprocess(blankToUndefined, httpUrl.optional()),
  title: z.string().trim().min(1, "Give the source a title.").max(300),
  publisher: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  publishedOn: z.preprocess(blankToUndefined, z.iso.date("Enter the date as YYYY-MM-DD.").optional()),
  kind: z.enum(SOURCE_KINDS, "Choose what kind of source this is."),
  // 1 = doubtful … 5 = authoritative.
  credibility: z.coerce.number().int().min(1, "Rate credibility from 1 to 5.").max(5, "Rate credibility from 1 to 5."),
});

export const MAX_SNAPSHOT_CHARS = 3_000_000;

export const snapshotTextSchema = z
  .string()
  .max(MAX_SNAPSHOT_CHARS, "The source text is too long.")
  .refine((t) => t.trim().length > 0, "The source has no text: paste it or upload a file.");

export const attachSourceSchema = z.object({ claimId: z.string().min(1), sourceId: z.string().min(1) });

export const evidenceSchema = z.object({
  claimId: z.string().min(1),
  sourceId: z.string().min(1),
  snapshotId: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  stance: z.enum(STANCES, "Choose whether the passage supports, refutes or gives context."),
  note: z.preprocess(blankToUndefined, z.string().trim().max(5_000).optional()),
  requestKey,
}).refine((v) => v.end > v.start, { message: "Select a passage in the source first.", path: ["end"] });

export const figureCheckSchema = z
  .object({
    claimId: z.string().min(1),
    version: z.number().int().min(1),
    figureId: z.string().min(1),
    result: z.enum(FIGURE_CHECKS, "Choose a result."),
    proposed: z.enum(["MATCHES", "WITHIN_ROUNDING", "DIFFERS", "NOT_FOUND"]).optional(),
    sourceId: z.string().min(1).optional(),
    snapshotId: z.string().min(1).optional(),
    sourceStart: z.number().int().min(0).optional(),
    sourceEnd: z.number().int().min(0).optional(),
    sourceValue: z.string().max(100).optional(),
    relativeDifference: z.number().finite().optional(),
    note: z.preprocess(blankToUndefined, z.string().trim().max(2_000).optional()),
  })
  .refine((v) => v.result !== "NOT_CHECKABLE" || Boolean(v.note), {
    message: "Say why this figure cannot be checked.",
    path: ["note"],
  })
  .refine((v) => !["MATCHES", "WITHIN_ROUNDING", "DIFFERS"].includes(v.result) || Boolean(v.sourceId && v.sourceValue), {
    message: "A match or a difference needs the source and its value.",
    path: ["sourceValue"],
  });

export const acknowledgeSchema = z.object({ claimId: z.string().min(1), version: z.number().int().min(1), findingId: z.string().min(1) });
