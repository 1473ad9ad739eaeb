import { reportLabels, reportLanguage } from "./labels";
import { claimUrl, httpUrl } from "./links";
import type { Report, ReportBulletin, ReportClaim, ReportVerdict } from "./model";
import { BEST_RATING, VERDICT_RATINGS, WORST_RATING } from "./ratings";

type JsonObject = Record<string, unknown>;

/** Only a claim the desk has approved carries a verdict it will stand behind in public. */
export function isReviewed(claim: ReportClaim): claim is ReportClaim & { verdict: ReportVerdict } {
  return claim.status === "VERIFIED" && claim.verdict !== null;
}

/** The schema.org `Rating` for a verdict; see VERDICT_RATINGS for the scale. */
export function reviewRating(verdict: ReportVerdict, language: string, explanation: string | null): JsonObject {
  const value = VERDICT_RATINGS[verdict];
  const rating: JsonObject = { "@type": "Rating" };
  if (value !== null) Object.assign(rating, { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING });
  rating.alternateName = reportLabels(language).verdicts[verdict];
  if (explanation?.trim()) rating.ratingExplanation = explanation.trim();
  return rating;
}

function organisation(name: string, url: string | null): JsonObject {
  const org: JsonObject = { "@type": "Organization", name };
  const safe = httpUrl(url);
  if (safe) org.url = safe;
  return org;
}

/** The bulletin as the claim's `appearance`: where the claim was made. */
function appearance(bulletin: ReportBulletin): JsonObject {
  const work: JsonObject = { "@type": "CreativeWork", headline: bulletin.title };
  const url = httpUrl(bulletin.sourceUrl);
  if (url) work.url = url;
  if (bulletin.publishedOn) work.datePublished = bulletin.publishedOn;
  return work;
}

export function claimReview(bulletin: ReportBulletin, claim: ReportClaim & { verdict: ReportVerdict }): JsonObject {
  const item: JsonObject = { "@type": "Claim" };
  if (bulletin.publisher) item.author = organisation(bulletin.publisher, null);
  if (bulletin.publishedOn) item.datePublished = bulletin.publishedOn;
  item.appearance = appearance(bulletin);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: claimUrl(bulletin, claim.id),
    claimReviewed: claim.statement,
    itemReviewed: item,
    author: organisation(bulletin.organisation.name, bulletin.organisation.url),
    // The review is published when it is approved; the report date stands in for an older record without one.
    datePublished: (claim.approvedAt ?? bulletin.generatedAt).slice(0, 10),
    inLanguage: reportLanguage(bulletin.language),
    reviewRating: reviewRating(claim.verdict, bulletin.language, claim.rationale),
  };
}

/**
 * A JSON array of standalone ClaimReview objects (each with its own `@context`, so one can be
 * embedded in the claim's page as is), one per VERIFIED claim with a verdict.
 */
export async function* claimReviewReport(report: Report): AsyncIterable<string> {
  yield "[";
  let first = true;
  for await (const claim of report.claims) {
    if (!isReviewed(claim)) continue;
    yield (first ? "\n" : ",\n") + JSON.stringify(claimReview(report.bulletin, claim));
    first = false;
  }
  yield "\n]\n";
}
