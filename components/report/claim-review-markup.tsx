import { claimReview } from "@/lib/export/claim-review";
import { isPublished } from "@/lib/reports/published";
import type { ReportBulletin, ReportClaim } from "@/lib/export/model";

/**
 * schema.org ClaimReview markup for search engines, one per published claim. It is data, not script;
 * `<` is escaped so no text from a claim can close the element.
 */
export function ClaimReviewMarkup({ bulletin, claims }: { bulletin: ReportBulletin; claims: ReportClaim[] }) {
  const reviews = claims.filter(isPublished).map((c) => claimReview(bulletin, c));
  if (reviews.length === 0) return null;
  const json = JSON.stringify(reviews).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
