import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportClaim, ReportVerdict } from "@/lib/export/model";

// What the public may see is decided here alone: a claim of a live bulletin that is verified, not
// dismissed, has a verdict and was published by an editor. Written once as a query and once for a
// claim already loaded; lib/reports/public.test.ts checks that the two agree.

export type PublishedClaim = ReportClaim & { verdict: ReportVerdict; publishedAt: string };

/** The public rule as a query. */
export function publishedClaimsOf(bulletinId: string): Prisma.ClaimWhereInput {
  return { bulletinId, bulletin: { deletedAt: null }, dismissed: false, status: "VERIFIED", verdict: { not: null }, publishedAt: { not: null } };
}

/** The public rule on a report's claim (a report never holds dismissed claims nor a deleted bulletin's), for formats that receive claims of any status. */
export function isPublished(claim: ReportClaim): claim is PublishedClaim {
  return claim.status === "VERIFIED" && claim.verdict !== null && claim.publishedAt !== null;
}
