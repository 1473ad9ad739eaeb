import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportView } from "@/components/report/report-view";
import { ReportFilters } from "@/components/report/report-filters";
import { ReportTools } from "@/components/report/report-tools";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { canExportReports } from "@/lib/auth/permissions";
import { getLocale } from "@/lib/i18n/locale";
import { evidenceMessages } from "@/lib/i18n/evidence-messages";
import { reportMessages } from "@/lib/i18n/report-messages";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";
import { loadReport } from "@/lib/reports/load";
import { collect, publicBaseUrl, scopeOf } from "@/lib/reports/params";
import { listShareLinks } from "@/lib/tokens/share-links";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  // One permission for the report page, the report API and the exports: printing is exporting.
  if (!canExportReports(user)) forbidden();
  const { id } = await params;
  const scope = scopeOf(await searchParams);
  const report = await loadReport(db, id, scope, { baseUrl: await publicBaseUrl() });
  if (!report) notFound();
  const locale = await getLocale(report.bulletin.language);
  const [claims, links] = await Promise.all([collect(report.claims), listShareLinks(db, id)]);
  const r = reportMessages[locale];
  const query = new URLSearchParams({ scope: scope.scope, ...(scope.verdict ? { verdict: scope.verdict } : {}) }).toString();
  return (
    <>
      <div className="page-head no-print">
        <Link href={`/bulletins/${id}`}>← {report.bulletin.title}</Link>
        <ReportFilters scope={scope.scope} verdict={scope.verdict} r={r} w={workspaceMessages[locale]} />
      </div>
      <ReportTools
        bulletinId={id}
        query={query}
        r={r}
        links={links.map((l) => ({ id: l.id, createdAt: l.createdAt.toISOString(), revoked: l.revokedAt !== null, by: l.createdBy.name }))}
      />
      <ClaimReviewMarkup bulletin={report.bulletin} claims={claims} />
      <ReportView
        bulletin={report.bulletin}
        claims={claims}
        locale={locale}
        r={r}
        w={workspaceMessages[locale]}
        e={evidenceMessages[locale]}
        snapshotHref={(sourceId, snapshotId) => `/sources/${sourceId}/snapshots/${snapshotId}`}
      />
    </>
  );
}
