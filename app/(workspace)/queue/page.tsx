import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { myQueue } from "@/lib/claims/queries";
import { catalogue, format } from "@/lib/i18n/catalogue";
import { getLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogue[await getLocale()].workspace.myQueue };
}

type Row = Awaited<ReturnType<typeof myQueue>>["rest"][number];

/** The signed-in reviewer's open claims across every bulletin: what was sent back to them first. */
export default async function MyQueuePage() {
  const user = await requireUser();
  const [{ sentBack, rest }, locale] = await Promise.all([myQueue(user.id), getLocale()]);
  const { workspace: w, review: r, corrections: c } = catalogue[locale];
  const table = (rows: Row[], testId: string) => (
    <table className="data card stacked" data-testid={testId}>
      <thead><tr><th>{c.number}</th><th>{w.statement}</th><th>{w.filterStatus}</th><th>{c.priority}</th><th>{w.sortWorthiness}</th></tr></thead>
      <tbody>
        {rows.map((claim) => (
          <tr key={claim.id}>
            <td className="muted" data-label={c.number}>{claim.number}</td>
            <td className="main">
              <Link href={`/bulletins/${claim.bulletin.id}?claim=${claim.id}`}>{claim.statement}</Link>
              <div className="muted small">{claim.bulletin.title}</div>
              {claim.sentBackComment && claim.sentBackAt && (
                <div className="sent-back-note small">
                  {format(locale, r.sentBack, { name: claim.sentBackBy?.name ?? "", ago: claim.sentBackAt })}: {claim.sentBackComment}
                </div>
              )}
            </td>
            <td data-label={w.filterStatus}><span className="legend-item"><i className={`dot status-${claim.status}`} />{w[`status${claim.status}`]}</span></td>
            <td data-label={c.priority}><span className={`badge priority-${claim.priority}`}>{c[`priority${claim.priority}`]}</span></td>
            <td className="muted" data-label={w.sortWorthiness}>{Math.round(claim.checkworthiness * 100)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <div className="page-head"><h1>{w.myQueue}</h1></div>
      {sentBack.length === 0 && rest.length === 0 ? (
        <div className="card empty"><p>{w.myQueueEmpty}</p></div>
      ) : (
        <div className="stack">
          {sentBack.length > 0 && (<><h2>{r.queueSentBack}</h2>{table(sentBack, "sent-back-queue")}</>)}
          {rest.length > 0 && (<>{sentBack.length > 0 && <h2>{r.queueOpen}</h2>}{table(rest, "my-queue")}</>)}
        </div>
      )}
    </>
  );
}
