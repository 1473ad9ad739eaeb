import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportFilters } from "@/components/report/report-filters";
import { ReportView } from "@/components/report/report-view";
import { ShareThrottled } from "@/components/report/share-throttled";
import { bulletinTitle } from "@/lib/bulletins/queries";
import { db } from "@/lib/db";
import { getLocale, getMessages } from "@/lib/i18n/locale";
import { collect, publicBaseUrl, scopeOf } from "@/lib/reports/params";
import { loadPublicReport } from "@/lib/reports/public";
import { openRequestedShareLink } from "@/lib/tokens/share-request";
import { catalogue } from "@/lib/i18n/catalogue";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A secret link should not leak through search engines or the Referer header.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opened = await openRequestedShareLink((await params).token);
  const hidden = { robots: { index: false, follow: false }, referrer: "no-referrer" } as const;
  if (opened && "retryInMinutes" in opened) return { ...hidden, title: (await getMessages()).t.tooManyRequests };
  const title = opened ? await bulletinTitle(opened.bulletinId) : null;
  const r = catalogue[await getLocale()].report;
  return { ...hidden, title: title ? `${r.report}: ${title}` : r.report };
}

/** The read-only report behind a share link: published claims only, no sign-in, until an editor revokes the link. */
export default async function SharedReportPage({ params, searchParams }: Props) {
  const { token } = await params;
  const opened = await openRequestedShareLink(token);
  if (!opened) notFound();
  if ("retryInMinutes" in opened) return <ShareThrottled minutes={opened.retryInMinutes} />;
  // The query may narrow the published claims to one verdict, never widen them: no scope is read from it.
  const { verdict } = scopeOf(await searchParams);
  const baseUrl = await publicBaseUrl();
  const report = await loadPublicReport(db, opened.bulletinId, { baseUrl, reportUrl: `${baseUrl}/share/${token}`, verdict });
  if (!report) notFound();
  const locale = await getLocale();
  const claims = await collect(report.claims);
  const base = `/share/${token}/claims`;
  return (
    <main className="shell-main">
      <div className="page-head no-print">
        <span />
        <ReportFilters verdict={verdict} r={catalogue[locale].report} w={catalogue[locale].workspace} />
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
        linksFor={(c) => ({
          page: `${base}/${c.id}`,
          cards: { landscape: `${base}/${c.id}/card?size=landscape`, square: `${base}/${c.id}/card?size=square` },
        })}
      />
    </main>
  );
}
