import { z } from "zod";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The board's filters from the address: anything unknown falls back to showing everything, in claim order. */
export const boardFiltersSchema = z.object({
  result: z.preprocess(one, z.enum(["matches", "within-rounding", "differs", "not-found"]).optional()).catch(undefined),
  source: z.preprocess(one, z.string().min(1).max(64).optional()).catch(undefined),
  sort: z.preprocess(one, z.enum(["claim", "confidence"]).default("claim")).catch("claim"),
});

export type BoardFilters = z.infer<typeof boardFiltersSchema>;
