// The schema.org types (schema-dts) check every property and value type against the vocabulary
// when the code is compiled; a test lists the fields search engines require and recommend.
import type { ClaimReview, CreativeWork, Organization, Rating, WithContext } from "schema-dts";
import { isPublished, type PublishedClaim } from "@/lib/reports/published";
import { reportLabels, reportLanguage } from "./labels";
import { claimUrl, httpUrl } from "./links";
import type { Report, ReportBulletin, ReportVerdict } from "./model";
import { BEST_RATING, VERDICT_RATINGS, WORST_RATING } from "./ratings";

/** The schema.org `Rating` for a verdict; see VERDICT_RATINGS for the scale. */
export function reviewRating(verdict: ReportVerdict, language: string, explanation: string | null): Rating {
  const value = VERDICT_RATINGS[verdict];
  const label = reportLabels(language).verdicts[verdict];
  return {
    "@type": "Rating",
    ...(value !== null ? { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING } : {}),
    // Search engines show the textual rating; `name` is what they recommend beside it.
    alternateName: label,
    name: label,
    ...(explanation?.trim() ? { ratingExplanation: explanation.trim() } : {}),
  };
}

function organisation(name: string, url: string | null): Organization {
  const safe = httpUrl(url);
  return { "@type": "Organization", name, ...(safe ? { url: safe } : {}) };
}

/** The bulletin as the claim's `appearance`: where the claim was made. */
function appearance(bulletin: ReportBulletin): CreativeWork {
  const url = httpUrl(bulletin.sourceUrl);
  return {
    "@type": "CreativeWork",
    headline: bulletin.title,
    ...(url ? { url } : {}),
    ...(bulletin.publishedOn ? { datePublished: bulletin.publishedOn } : {}),
  };
}

export function claimReview(bulletin: ReportBulletin, claim: PublishedClaim): WithContext<ClaimReview> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(bulletin, claim.id),
    claimReviewed: claim.statement,
    itemReviewed: {
      "@type": "Claim",
      ...(bulletin.publisher ? { author: organisation(bulletin.publisher, null) } : {}),
      ...(bulletin.publishedOn ? { datePublished: bulletin.publishedOn } : {}),
      // The bulletin is where the claim was made, and where it first appeared.
      appearance: appearance(bulletin),
      firstAppearance: appearance(bulletin),
    },
    author: organisation(bulletin.organisation.name, bulletin.organisation.url),
    // The fact check becomes public when an editor publishes it, not when it is approved.
    datePublished: claim.publishedAt.slice(0, 10),
    inLanguage: reportLanguage(bulletin.language),
    reviewRating: reviewRating(claim.verdict, bulletin.language, claim.rationale),
  };
}

/**
 * A JSON array of standalone ClaimReview objects (each with its own `@context`, so one can be
 * embedded in the claim's page as is), one per published claim, whatever the report's filter.
 */
export async function* claimReviewReport(report: Report): AsyncIterable<string> {
  yield "[";
  let first = true;
  for await (const claim of report.claims) {
    if (!isPublished(claim)) continue;
    yield (first ? "\n" : ",\n") + JSON.stringify(claimReview(report.bulletin, claim));
    first = false;
  }
  yield "\n]\n";
}
