import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { canReviewVerdicts } from "@/lib/auth/permissions";
import { reviewInbox } from "@/lib/claims/queries";
import { catalogue, format, localTime, timeAgo } from "@/lib/i18n/catalogue";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].review.inbox };
}

/** Editors' review inbox: every verdict waiting for approval across bulletins, oldest first. */
export default async function ReviewInboxPage() {
  const user = await requireUser();
  if (!canReviewVerdicts(user)) forbidden();
  const [claims, locale] = await Promise.all([reviewInbox(), getLocale()]);
  const { workspace: w, review: r, corrections: c } = catalogue[locale];
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{r.inbox}</h1>
          <p className="lead">{r.inboxLead}</p>
        </div>
      </div>
      {claims.length === 0 ? (
        <div className="card empty"><p>{r.inboxEmpty}</p></div>
      ) : (
        <table className="data card inbox stacked" data-testid="review-inbox">
          <thead>
            <tr><th>{r.claim}</th><th>{r.verdict}</th><th>{r.proposer}</th><th>{r.waiting}</th></tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} data-testid="inbox-row">
                <td className="main">
                  <Link href={`/bulletins/${claim.bulletin.id}?claim=${claim.id}`} lang={claim.bulletin.language === "zh" ? "zh-CN" : "en"}>
                    <span className="muted">{claim.number} · </span>{claim.statement}
                  </Link>
                  <div className="muted small">
                    {claim.bulletin.title}
                    {claim.priority !== "NORMAL" && <> · <span className={`badge priority-${claim.priority}`}>{c[`priority${claim.priority}`]}</span></>}
                  </div>
                </td>
                <td className="main">
                  {claim.verdict && <span className={`badge v-${claim.verdict}`}>{w[`verdict${claim.verdict}`]}</span>}
                  {claim.rationale && <div className="small inbox-rationale" data-testid="inbox-rationale">{claim.rationale}</div>}
                </td>
                <td data-label={r.proposer}>{claim.proposedBy?.name}{claim.proposedBy?.id === user.id && <span className="muted small"> · {format(locale, r.ownProposal)}</span>}</td>
                <td className="muted" data-label={r.waiting} title={claim.proposedAt ? localTime(locale, claim.proposedAt) : undefined}>{claim.proposedAt ? timeAgo(locale, claim.proposedAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
