import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { myQueue } from "@/lib/claims/queries";
import { getLocale } from "@/lib/i18n/locale";
import { workspaceMessages } from "@/lib/i18n/workspace-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workspaceMessages[await getLocale()].myQueue };
}

/** The signed-in reviewer's open claims across every bulletin, most check-worthy first. */
export default async function MyQueuePage() {
  const user = await requireUser();
  const [claims, locale] = await Promise.all([myQueue(user.id), getLocale()]);
  const w = workspaceMessages[locale];
  return (
    <>
      <div className="page-head"><h1>{w.myQueue}</h1></div>
      {claims.length === 0 ? (
        <div className="card empty"><p>{w.myQueueEmpty}</p></div>
      ) : (
        <div className="table-scroll card">
          <table className="data" data-testid="my-queue">
            <thead><tr><th>{w.statement}</th><th>{w.filterStatus}</th><th>{w.filterKind}</th><th>{w.sortWorthiness}</th></tr></thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/bulletins/${c.bulletin.id}?claim=${c.id}`}>{c.statement}</Link>
                    <div className="muted small">{c.bulletin.title}</div>
                  </td>
                  <td><span className="legend-item"><i className={`dot status-${c.status}`} />{w[`status${c.status}`]}</span></td>
                  <td><span className={`badge kind-${c.kind}`}>{w[`kind${c.kind}`]}</span></td>
                  <td className="muted">{Math.round(c.checkworthiness * 100)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
