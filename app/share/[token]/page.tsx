import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportView } from "@/components/report/report-view";
import { headers } from "next/headers";
import { ShareThrottled } from "@/components/report/share-throttled";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-ip";
import { getLocale } from "@/lib/i18n/locale";
import { evidenceMessages } from "@/lib/i18n/evidence-messages";
import { reportMessages } from "@/lib/i18n/report-messages";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { loadReport } from "@/lib/reports/load";
import { collect, publicBaseUrl } from "@/lib/reports/params";
import { openShareLink, SHARED_REPORT_SCOPE } from "@/lib/tokens/share-links";

export const dynamic = "force-dynamic";
// A secret link should not leak through search engines or the Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** The read-only report behind a share link: verified claims only, no sign-in, until an editor revokes the link. */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const opened = await openShareLink(db, token, clientAddress(await headers()));
  if (!opened) notFound();
  if ("retryInMinutes" in opened) return <ShareThrottled minutes={opened.retryInMinutes} />;
  const { bulletinId } = opened;
  // The query string is ignored: a share link shows what SHARED_REPORT_SCOPE allows, nothing more.
  const report = await loadReport(db, bulletinId, SHARED_REPORT_SCOPE, { baseUrl: await publicBaseUrl() });
  if (!report) notFound();
  const locale = await getLocale(report.bulletin.language);
  const claims = await collect(report.claims);
  return (
    <main className="shell-main">
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
