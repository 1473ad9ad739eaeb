import { containsText, db, type Db } from "@/lib/db";
import { tableOfSnapshot } from "./table-snapshot";

const sourceFields = { id: true, url: true, title: true, publisher: true, publishedOn: true, kind: true, credibility: true, createdAt: true } as const;

/** The source library: by title, publisher or URL; this bulletin's sources first. */
export async function searchSources(query: string, bulletinId?: string) {
  const q = query.trim();
  const text = containsText(db, q);
  const where = q ? { OR: [{ title: text }, { publisher: text }, { url: text }] } : {};
  const [inBulletin, all] = await Promise.all([
    bulletinId ? db.source.findMany({ where: { ...where, claims: { some: { claim: { bulletinId } } } }, select: sourceFields, take: 50, orderBy: { createdAt: "desc" } }) : [],
    db.source.findMany({ where, select: sourceFields, take: 50, orderBy: { createdAt: "desc" } }),
  ]);
  const seen = new Set(inBulletin.map((s) => s.id));
  return [...inBulletin.map((s) => ({ ...s, inBulletin: true })), ...all.filter((s) => !seen.has(s.id)).map((s) => ({ ...s, inBulletin: false }))];
}

/** A source with its newest snapshot's text, for reading and quoting. */
export async function sourceWithSnapshot(sourceId: string) {
  const source = await db.source.findUnique({
    where: { id: sourceId },
    select: { ...sourceFields, snapshots: { orderBy: { takenAt: "desc" }, take: 1, select: { id: true, text: true, takenAt: true, contentType: true, tableGrid: true } } },
  });
  if (!source) return null;
  const { snapshots, ...rest } = source;
  const latest = snapshots[0];
  if (!latest) return { ...rest, snapshot: null };
  const { tableGrid, ...snapshot } = latest;
  // A table is shown as one: each sheet's header rows and cells, with their offsets in the text.
  const table = tableOfSnapshot({ text: snapshot.text, tableGrid });
  return { ...rest, snapshot: { ...snapshot, table: table ? { sheets: table.sheets.map(({ name, headerRows, headerCols, rows }) => ({ name, headerRows, headerCols, rows })) } : null } };
}

/** The newest snapshot's text of each source, for matching figures: the one loader every matcher reads through. */
export async function sourceTexts(sourceIds: string[], client: Db = db) {
  if (sourceIds.length === 0) return [];
  const rows = await client.source.findMany({
    where: { id: { in: [...new Set(sourceIds)] } },
    select: { id: true, title: true, snapshots: { orderBy: { takenAt: "desc" }, take: 1, select: { id: true, text: true, tableGrid: true } } },
  });
  return rows.flatMap((s) => {
    const snapshot = s.snapshots[0];
    // A table source's figures are looked for among its cells (see lib/evidence/table).
    return snapshot ? [{ id: s.id, title: s.title, snapshotId: snapshot.id, text: snapshot.text, table: tableOfSnapshot(snapshot) }] : [];
  });
}

export type SourceText = Awaited<ReturnType<typeof sourceTexts>>[number];

/** The newest snapshot of each source attached to a claim, for checking its figures. */
export async function claimSourceTexts(claimId: string) {
  const links = await db.claimSource.findMany({ where: { claimId }, select: { sourceId: true } });
  return sourceTexts(links.map((l) => l.sourceId));
}

/** The sources attached to a bulletin, newest first, as the workspace lists them. */
export function bulletinSources(bulletinId: string) {
  return db.bulletinSource.findMany({
    where: { bulletinId },
    orderBy: { attachedAt: "desc" },
    select: { attachedAt: true, attachedBy: { select: { name: true } }, source: { select: sourceFields } },
  });
}

/** Every source a bulletin's figures are matched against: the bulletin's own, and each claim's (by claim). */
export async function bulletinMatchingSources(bulletinId: string, client: Db = db) {
  const [own, claimLinks] = await Promise.all([
    client.bulletinSource.findMany({ where: { bulletinId }, select: { sourceId: true } }),
    client.claimSource.findMany({ where: { claim: { bulletinId } }, select: { claimId: true, sourceId: true } }),
  ]);
  const texts = await sourceTexts([...own.map((l) => l.sourceId), ...claimLinks.map((l) => l.sourceId)], client);
  const claimSources = new Map<string, string[]>();
  for (const l of claimLinks) claimSources.set(l.claimId, [...(claimSources.get(l.claimId) ?? []), l.sourceId]);
  return { texts, bulletinSourceIds: own.map((l) => l.sourceId), claimSources };
}
