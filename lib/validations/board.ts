import { z } from "zod";
import { requestKey } from "./request-key";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The board's filters from the address: anything unknown falls back to showing everything, in claim order. */
export const boardFiltersSchema = z.object({
  result: z.preprocess(one, z.enum(["matches", "within-rounding", "differs", "not-found"]).optional()).catch(undefined),
  source: z.preprocess(one, z.string().min(1).max(64).optional()).catch(undefined),
  sort: z.preprocess(one, z.enum(["claim", "confidence"]).default("claim")).catch("claim"),
});

export type BoardFilters = z.infer<typeof boardFiltersSchema>;

/** One decision on the board: accept the proposal, or differs / not found / not checkable (with its reason). */
export const boardDecisionSchema = z
  .object({
    bulletinId: z.string().min(1).max(64),
    figureId: z.string().min(1).max(64),
    version: z.number().int().min(1),
    decision: z.enum(["accept", "DIFFERS", "NOT_FOUND", "NOT_CHECKABLE"]),
    note: z.string().trim().max(2_000, "validation.textLong").optional(),
    requestKey,
  })
  .refine((v) => v.decision !== "NOT_CHECKABLE" || Boolean(v.note), { message: "validation.notCheckableReason", path: ["note"] });

/** Accept all shown: the figures on screen, each with the version of its claim the reviewer saw. */
export const boardAcceptAllSchema = z.object({
  bulletinId: z.string().min(1).max(64),
  figures: z.array(z.object({ figureId: z.string().min(1).max(64), version: z.number().int().min(1) })).min(1).max(1_000),
  requestKey,
});
