import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportView } from "@/components/report/report-view";
import { ReportFilters } from "@/components/report/report-filters";
import { bulletinTitle } from "@/lib/bulletins/queries";
import { db } from "@/lib/db";
import { getLocale } from "@/lib/i18n/locale";
import { evidenceMessages } from "@/lib/i18n/evidence-messages";
import { reportMessages } from "@/lib/i18n/report-messages";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { loadReport } from "@/lib/reports/load";
import { collect, publicBaseUrl, scopeOf } from "@/lib/reports/params";
import { bulletinForShare } from "@/lib/tokens/share-links";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A secret link should not leak through search engines or the Referer header.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const bulletinId = await bulletinForShare(db, (await params).token);
  const title = bulletinId ? await bulletinTitle(bulletinId) : null;
  const r = reportMessages[await getLocale()];
  return { title: title ? `${r.report}: ${title}` : r.report, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The read-only report behind a share link: no sign-in, until an editor revokes the link. */
export default async function SharedReportPage({ params, searchParams }: Props) {
  const { token } = await params;
  const bulletinId = await bulletinForShare(db, token);
  if (!bulletinId) notFound();
  const scope = scopeOf(await searchParams);
  const report = await loadReport(db, bulletinId, scope, { baseUrl: await publicBaseUrl() });
  if (!report) notFound();
  const locale = await getLocale(report.bulletin.language);
  const claims = await collect(report.claims);
  return (
    <main className="shell-main">
      <div className="page-head no-print">
        <span />
        <ReportFilters scope={scope.scope} verdict={scope.verdict} r={reportMessages[locale]} w={workspaceMessages[locale]} />
      </div>
      <ClaimReviewMarkup bulletin={report.bulletin} claims={claims} />
      <ReportView
        bulletin={report.bulletin}
        claims={claims}
        locale={locale}
        r={reportMessages[locale]}
        w={workspaceMessages[locale]}
        e={evidenceMessages[locale]}
        snapshotHref={(_sourceId, snapshotId) => `/share/${token}/snapshots/${snapshotId}`}
      />
    </main>
  );
}
