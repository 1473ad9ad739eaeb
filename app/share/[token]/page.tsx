import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportView } from "@/components/report/report-view";
import { ReportFilters } from "@/components/report/report-filters";
import { db } from "@/lib/db";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";
import { loadReport } from "@/lib/reports/load";
import { collect, publicBaseUrl, scopeOf } from "@/lib/reports/params";
import { bulletinForShare } from "@/lib/tokens/share-links";

export const dynamic = "force-dynamic";
// A secret link should not leak through search engines or the Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The read-only report behind a share link: no sign-in, until an editor revokes the link. */
export default async function SharedReportPage({ params, searchParams }: Props) {
  const { token } = await params;
  const bulletinId = await bulletinForShare(db, token);
  if (!bulletinId) notFound();
  const scope = scopeOf(await searchParams);
  const report = await loadReport(db, bulletinId, scope, { baseUrl: await publicBaseUrl() });
  if (!report) notFound();
  const locale = await getLocale();
  const claims = await collect(report.claims);
  return (
    <main className="shell-main">
      <div className="page-head no-print">
        <span />
        <ReportFilters scope={scope.scope} verdict={scope.verdict} r={catalogue[locale].report} w={catalogue[locale].workspace} />
      </div>
      <ClaimReviewMarkup bulletin={report.bulletin} claims={claims} />
      <ReportView
        bulletin={report.bulletin}
        claims={claims}
        locale={locale}
        r={catalogue[locale].report}
        w={catalogue[locale].workspace}
        e={catalogue[locale].evidence}
        snapshotHref={(_sourceId, snapshotId) => `/share/${token}/snapshots/${snapshotId}`}
      />
    </main>
  );
}
