import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The public rule as a query: claims of a live bulletin that are verified, not dismissed and
 * published by an editor. `isPublished` in lib/export/claim-review.ts is the same rule on a loaded claim.
 */
export function publishedClaimsOf(bulletinId: string): Prisma.ClaimWhereInput {
  return { bulletinId, bulletin: { deletedAt: null }, dismissed: false, status: "VERIFIED", verdict: { not: null }, publishedAt: { not: null } };
}
