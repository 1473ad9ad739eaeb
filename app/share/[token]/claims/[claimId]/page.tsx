import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimReviewMarkup } from "@/components/report/claim-review-markup";
import { ReportClaimSection } from "@/components/report/report-claim";
import { ShareThrottled } from "@/components/report/share-throttled";
import { db } from "@/lib/db";
import { reportLabels } from "@/lib/export/labels";
import { getLocale } from "@/lib/i18n/locale";
import { publicBaseUrl } from "@/lib/reports/params";
import { loadPublicClaim } from "@/lib/reports/public";
import { openRequestedShareLink } from "@/lib/tokens/share-request";
import { catalogue } from "@/lib/i18n/catalogue";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string; claimId: string }> };

async function load({ params }: Props) {
  const { token, claimId } = await params;
  const opened = await openRequestedShareLink(token);
  if (!opened || "retryInMinutes" in opened) return opened;
  const baseUrl = await publicBaseUrl();
  const found = await loadPublicClaim(db, opened.bulletinId, claimId, { baseUrl, reportUrl: `${baseUrl}/share/${token}` });
  return found && { ...found, token, baseUrl, cards: `/share/${token}/claims/${claimId}/card` };
}

/** The claim's share card is its Open Graph image: a link to this page shows the card. */
export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found || "retryInMinutes" in found) return { robots: { index: false, follow: false } };
  const { bulletin, claim, baseUrl, cards } = found;
  const l = reportLabels(bulletin.language);
  const title = `${l.factCheck}: ${claim.verdict ? l.verdicts[claim.verdict] : ""} · ${bulletin.organisation.name}`;
  const image = { url: `${baseUrl}${cards}?size=landscape`, width: 1200, height: 675, alt: claim.statement };
  return {
    title,
    description: claim.statement,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
    openGraph: { type: "article", title, description: claim.statement, url: `${baseUrl}/share/${found.token}/claims/${claim.id}`, images: [image] },
    twitter: { card: "summary_large_image", title, description: claim.statement, images: [image.url] },
  };
}

/** One published claim on its own page, behind a share link. */
export default async function SharedClaimPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  if ("retryInMinutes" in found) return <ShareThrottled minutes={found.retryInMinutes} />;
  const { bulletin, claim, token, cards } = found;
  const locale = await getLocale();
  const r = catalogue[locale].report;
  return (
    <main className="shell-main">
      <article className="report" lang={bulletin.language === "zh" ? "zh-CN" : "en"}>
        <p className="muted">{reportLabels(locale).factCheck} · {bulletin.organisation.name}</p>
        <h1>{bulletin.title}</h1>
        <p className="no-print"><Link href={`/share/${token}#claim-${claim.id}`}>← {r.fullReport}</Link></p>
        <ClaimReviewMarkup bulletin={bulletin} claims={[claim]} />
        <ReportClaimSection
          claim={claim}
          locale={locale}
          r={r}
          w={catalogue[locale].workspace}
          e={catalogue[locale].evidence}
          snapshotHref={(_sourceId, snapshotId) => `/share/${token}/snapshots/${snapshotId}`}
          links={{ cards: { landscape: `${cards}?size=landscape`, square: `${cards}?size=square` } }}
        />
        {/* In the reader's language; the Open Graph image stays in the bulletin's. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- our own generated PNG: nothing for next/image to optimise */}
        <img className="share-card-preview" src={`${cards}?size=landscape&lang=${locale}`} width={1200} height={675} alt={r.shareCard} />
      </article>
    </main>
  );
}
