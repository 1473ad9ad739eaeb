import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/bulletins/progress-bar";
import { RestoreBulletinButton } from "@/components/bulletins/restore-bulletin-button";
import { requireUser } from "@/lib/auth/session";
import { canDeleteBulletin, canImportBulletin } from "@/lib/auth/permissions";
import { listBulletins, listDeletedBulletins } from "@/lib/bulletins/queries";
import { getMessages } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

type Props = { searchParams: Promise<{ q?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.bulletins };
}

export default async function BulletinsPage({ searchParams }: Props) {
  const user = await requireUser();
  const q = (await searchParams).q?.trim().slice(0, 200) || undefined;
  const { locale, t } = await getMessages();
  const w = catalogue[locale].workspace;
  const [bulletins, deleted] = await Promise.all([listBulletins(q), canDeleteBulletin(user) ? listDeletedBulletins() : []]);
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <div className="page-head">
        <h1>{t.bulletins}</h1>
        <div className="inline-form">
          <form role="search" className="inline-form">
            <input name="q" type="search" defaultValue={q} placeholder={w.search} aria-label={w.search} className="search-input" />
          </form>
          {canImportBulletin(user) && <Link href="/bulletins/new" className="button">{w.newBulletin}</Link>}
        </div>
      </div>
      {bulletins.length === 0 ? (
        <div className="card empty">
          <p><strong>{q ? w.noBulletinsMatch : t.bulletinsEmpty}</strong></p>
          {!q && <p>{t.bulletinsEmptyLead}</p>}
        </div>
      ) : (
        <ul className="bulletin-list">
          {bulletins.map((b) => (
            <li key={b.id} className="card bulletin-item">
              <div>
                <Link href={`/bulletins/${b.id}`} className="bulletin-title" lang={b.language === "zh" ? "zh-CN" : "en"}>{b.title}</Link>
                <div className="muted">
                  {[b.publisher, b.publishedOn ? date.format(b.publishedOn) : null, b.importedBy.name].filter(Boolean).join(" · ")}
                </div>
              </div>
              <ProgressBar counts={b.counts} w={w} />
            </li>
          ))}
        </ul>
      )}
      {deleted.length > 0 && (
        <section className="deleted-list">
          <h2>{w.deleted}</h2>
          <ul>
            {deleted.map((b) => (
              <li key={b.id}>
                <span>{b.title}</span> <span className="muted">· {b.deletedBy?.name} · {b.deletedAt ? date.format(b.deletedAt) : ""}</span>{" "}
                <RestoreBulletinButton bulletinId={b.id} label={w.restoreBulletin} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
