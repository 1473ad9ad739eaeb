import type { Db } from "@/lib/db";
import type { ReportVerdict } from "@/lib/export/model";
import { loadReport } from "./load";
import { publishedClaimsOf } from "./published";

export { publishedClaimsOf };

// What the public may see of a bulletin, in one place: its published claims, nothing else. The
// share link, its snapshots, ClaimReview markup and share cards all read through here.

type PublicOptions = { baseUrl: string; /** The page that shows the report in public: the share link. */ reportUrl: string };

/** The public report behind a share link: published claims only, optionally of one verdict. */
export function loadPublicReport(client: Db, bulletinId: string, options: PublicOptions & { verdict?: ReportVerdict }) {
  return loadReport(client, bulletinId, { scope: "published", verdict: options.verdict }, options);
}

/** One published claim with its report, for its public page and share card; null when it is not public. */
export async function loadPublicClaim(client: Db, bulletinId: string, claimId: string, options: PublicOptions) {
  const report = await loadReport(client, bulletinId, { scope: "published", claimId }, options);
  if (!report) return null;
  for await (const claim of report.claims) return { bulletin: report.bulletin, claim };
  return null;
}

/** A snapshot a share link may show: one quoted as evidence by a published claim of that bulletin. */
export function publicSnapshot(client: Db, bulletinId: string, snapshotId: string) {
  return client.sourceSnapshot.findFirst({
    where: { id: snapshotId, evidence: { some: { claim: publishedClaimsOf(bulletinId) } } },
    select: { id: true, text: true, takenAt: true, source: { select: { title: true, url: true, publisher: true } } },
  });
}
