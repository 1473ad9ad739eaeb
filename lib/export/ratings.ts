import type { ReportVerdict } from "./model";

export const BEST_RATING = 5;
export const WORST_RATING = 1;

/**
 * ClaimReview `reviewRating.ratingValue` per verdict, on a 1 (false) – 5 (true) scale, the scale
 * fact-checkers' ClaimReview markup commonly uses. 3 is left empty on purpose: we have no "half
 * accurate" verdict, and misleading sits nearer false than true. UNVERIFIABLE has no number: it is
 * not a point between true and false, so the review carries only the textual rating
 * (`alternateName`), which is the text search engines display anyway.
 */
export const VERDICT_RATINGS: Readonly<Record<ReportVerdict, number | null>> = {
  ACCURATE: 5,
  MOSTLY_ACCURATE: 4,
  MISLEADING: 2,
  INACCURATE: 1,
  UNVERIFIABLE: null,
};
