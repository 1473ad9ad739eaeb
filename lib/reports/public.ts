import type { Db } from "@/lib/db";
import type { ReportVerdict } from "@/lib/export/model";
import { loadReport } from "./load";
import { isPublished, publishedClaimsOf } from "./published";

export { isPublished, publishedClaimsOf };

// The public view of a bulletin under the rule in ./published.ts: the share link, its snapshots,
// a claim's public page and its share card all read through here.

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
