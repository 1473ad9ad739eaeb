import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { PublishControls } from "@/components/report/publish-controls";
import { ReportFilters } from "@/components/report/report-filters";
import { ReportTools } from "@/components/report/report-tools";
import { ReportView } from "@/components/report/report-view";
import { db } from "@/lib/db";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { canExportReports, canPublishClaims } from "@/lib/auth/permissions";
import { bulletinTitle } from "@/lib/bulletins/queries";
import { claimVersions } from "@/lib/claims/queries";
import { printPageCss } from "@/lib/export/html-style";
import { reportLabels } from "@/lib/export/labels";
import { getLocale } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { loadReport } from "@/lib/reports/load";
import { collect, publicBaseUrl, scopeOf } from "@/lib/reports/params";
import { listShareLinks } from "@/lib/tokens/share-links";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The tab names the bulletin, for a signed-in reader only.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = catalogue[await getLocale()].report;
  const title = (await getCurrentUser()) ? await bulletinTitle((await params).id) : null;
  return { title: title ? `${r.report}: ${title}` : r.report };
}

const cardHref = (claimId: string, size: string) => `/api/v1/claims/${claimId}/card?size=${size}`;

export default async function ReportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  // One permission for the report page, the report API and the exports: printing is exporting.
  if (!canExportReports(user)) forbidden();
  const { id } = await params;
  const scope = scopeOf(await searchParams);
  const report = await loadReport(db, id, scope, { baseUrl: await publicBaseUrl() });
  if (!report) notFound();
  const locale = await getLocale();
  const publishing = canPublishClaims(user);
  const [claims, links, versions] = await Promise.all([
    collect(report.claims),
    listShareLinks(db, id),
    publishing ? claimVersions(id) : undefined,
  ]);
  const r = catalogue[locale].report;
  // Formatted here, in the report's language and UTC like the report itself, not in the browser's.
  const { dateTime } = readerFormats(locale);
  const { summary } = report.bulletin;
  const query = new URLSearchParams({ scope: scope.scope, ...(scope.verdict ? { verdict: scope.verdict } : {}) }).toString();
  return (
    <>
      {/* Paper: margins, the title at the top of every page, page numbers at the foot. */}
      <style>{printPageCss(report.bulletin.title, reportLabels(locale))}</style>
      <div className="page-head no-print">
        <Link href={`/bulletins/${id}`}>← {report.bulletin.title}</Link>
        <ReportFilters scope={scope.scope} verdict={scope.verdict} r={r} w={catalogue[locale].workspace} />
      </div>
      <ReportTools
        bulletinId={id}
        query={query}
        r={r}
        links={links.map((l) => ({ id: l.id, created: `${dateTime.format(l.createdAt)} UTC`, revoked: l.revokedAt !== null, by: l.createdBy.name }))}
      />
      {publishing && <PublishControls bulletinId={id} unpublishedVerified={summary.verified - summary.published} r={r} />}
      <ClaimReviewMarkup bulletin={report.bulletin} claims={claims} />
      <ReportView
        bulletin={report.bulletin}
        claims={claims}
        locale={locale}
        r={r}
        w={catalogue[locale].workspace}
        e={catalogue[locale].evidence}
        snapshotHref={(sourceId, snapshotId) => `/sources/${sourceId}/snapshots/${snapshotId}`}
        linksFor={(c) => (c.publishedAt ? { cards: { landscape: cardHref(c.id, "landscape"), square: cardHref(c.id, "square") } } : {})}
        publishVersions={versions}
      />
    </>
  );
}
