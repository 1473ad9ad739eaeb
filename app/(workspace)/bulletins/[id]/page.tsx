import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteBulletinButton } from "@/components/bulletins/delete-bulletin-button";
import { CleaningChanges } from "@/components/workspace/cleaning-changes";
import { Workspace, type InitialViewer } from "@/components/workspace/workspace";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { canAssignClaims, canChangeBulletinSources, canDeleteBulletin, canExportReports } from "@/lib/auth/permissions";
import { bulletinSources } from "@/lib/sources/queries";
import { BulletinSources } from "@/components/evidence/bulletin-sources";
import { activeUsers, bulletinTitle, getBulletin } from "@/lib/bulletins/queries";
import { tagsInUse } from "@/lib/claims/queries";
import { workspaceClaims } from "@/lib/claims/workspace-claims";
import { getLocale, getMessages } from "@/lib/i18n/locale";
import { catalogue } from "@/lib/i18n/catalogue";

/** `?claim=` from a queue link or a bookmark: a claim of this bulletin, or none. */
function selectedClaim(claims: { id: string }[], wanted: unknown): string | null {
  return typeof wanted === "string" && claims.some((c) => c.id === wanted) ? wanted : null;
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; source?: string; at?: string }> };

/** `?source=ID&at=START-END`: the source to open beside the claim at a passage, as the figure board links it. */
function initialViewer(source: unknown, at: unknown): InitialViewer {
  if (typeof source !== "string" || !/^[\w-]{1,64}$/.test(source)) return null;
  const span = typeof at === "string" ? /^(\d{1,9})-(\d{1,9})$/.exec(at) : null;
  return { sourceId: source, ...(span && Number(span[1]) < Number(span[2]) ? { focus: { start: Number(span[1]), end: Number(span[2]) } } : {}) };
}

// The tab names the bulletin, for a signed-in reader only.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = (await getCurrentUser()) ? await bulletinTitle((await params).id) : null;
  return { title: title ?? (await getMessages()).t.bulletins };
}

export default async function BulletinPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const bulletin = await getBulletin(id);
  if (!bulletin) notFound();
  // The version is read (with the bulletin) before the claims: live updates resume from it.
  const [{ claims, outline, uncovered }, users, locale, tags, ownSources] = await Promise.all([workspaceClaims(bulletin), activeUsers(), getLocale(), tagsInUse(), bulletinSources(id)]);
  const m = catalogue[locale];
  const w = m.workspace;
  const ctx = {
    w, e: m.evidence, c: m.corrections, r: m.review, h: m.history, b: m.bulletin, tags, locale,
    me: { id: user.id, name: user.name, role: user.role }, users, isEditor: canAssignClaims(user),
  };
  const date = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <div className="page-head">
        <div>
          <h1 lang={bulletin.language === "zh" ? "zh-CN" : "en"}>{bulletin.title}</h1>
          <p className="lead">
            {[bulletin.publisher, bulletin.publishedOn ? date.format(bulletin.publishedOn) : null, `${claims.length} ${w.claims}`].filter(Boolean).join(" · ")}
            {bulletin.sourceUrl && (<> · <a href={bulletin.sourceUrl} rel="noopener noreferrer" target="_blank">{w.source}</a></>)}
          </p>
        </div>
        <div className="inline-form">
          {canExportReports(user) && <Link href={`/bulletins/${bulletin.id}/report`} className="button secondary small">{w.report}</Link>}
          {canDeleteBulletin(user) && <DeleteBulletinButton bulletinId={bulletin.id} title={bulletin.title} w={w} />}
        </div>
      </div>
      <CleaningChanges bulletinId={bulletin.id} count={(JSON.parse(bulletin.cleaningChanges) as unknown[]).length} label={w.cleaningKept} failed={w.changesLoadFailed} kinds={w.cleaningKind} />
      <BulletinSources ctx={ctx} bulletinId={bulletin.id} canChange={canChangeBulletinSources(user)}
        sources={ownSources.map((l) => ({ id: l.source.id, title: l.source.title, publisher: l.source.publisher, url: l.source.url, attachedBy: l.attachedBy.name }))} />
      <Workspace
        ctx={ctx}
        bulletin={{ id: bulletin.id, title: bulletin.title, language: bulletin.language, cleanText: bulletin.cleanText, version: bulletin.version, uncovered }}
        outline={outline}
        initialSelectedId={selectedClaim(claims, query.claim)}
        initialViewer={initialViewer(query.source, query.at)}
      />
    </>
  );
}
