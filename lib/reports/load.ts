import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { env } from "@/lib/config/env";
import type { Report, ReportBulletin, ReportClaim, ReportStatus, ReportVerdict } from "@/lib/export/model";
import { publishedClaimsOf } from "./published";

/** `published` is the public view (share links): see lib/reports/public.ts. */
export type ReportScope = { scope: "verified" | "all" | "published"; verdict?: ReportVerdict; claimId?: string };

const PAGE = 200;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

const claimInclude = {
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  publishedBy: { select: { name: true } },
  assignee: { select: { name: true } },
  figures: { orderBy: { start: "asc" }, include: { source: { select: { title: true } }, checkedBy: { select: { name: true } } } },
  evidence: {
    orderBy: { createdAt: "asc" },
    include: { source: true, snapshot: { select: { takenAt: true } }, createdBy: { select: { name: true } } },
  },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

function whereOf(bulletinId: string, scope: ReportScope): Prisma.ClaimWhereInput {
  const narrow = { ...(scope.verdict ? { verdict: scope.verdict } : {}), ...(scope.claimId ? { id: scope.claimId } : {}) };
  if (scope.scope === "published") return { AND: [publishedClaimsOf(bulletinId), narrow] };
  return {
    bulletinId,
    dismissed: false,
    ...(scope.scope === "verified" || scope.verdict ? { status: "VERIFIED" } : {}),
    ...narrow,
  };
}

function toReportClaim(row: ClaimRow, number: number, history: ReportClaim["history"]): ReportClaim {
  return {
    id: row.id,
    number,
    statement: row.statement,
    text: row.text,
    start: row.start,
    end: row.end,
    kind: row.kind,
    speaker: row.speaker,
    status: row.status,
    verdict: row.verdict,
    rationale: row.rationale,
    proposedBy: row.proposedBy?.name ?? null,
    proposedAt: iso(row.proposedAt),
    approvedBy: row.approvedBy?.name ?? null,
    approvedAt: iso(row.approvedAt),
    publishedAt: iso(row.publishedAt),
    publishedBy: row.publishedBy?.name ?? null,
    assignee: row.assignee?.name ?? null,
    figures: row.figures.map((f) => ({
      id: f.id, text: f.text, start: f.start, end: f.end, kind: f.kind, value: f.value, vague: f.vague, valueMax: f.valueMax, approx: f.approx,
      unit: f.unit, currency: f.currency, check: f.check, checkNote: f.checkNote, sourceValue: f.sourceValue,
      relativeDifference: f.relativeDifference, sourceId: f.sourceId, sourceTitle: f.source?.title ?? null,
      checkedBy: f.checkedBy?.name ?? null, checkedAt: iso(f.checkedAt),
    })),
    evidence: row.evidence.map((e) => ({
      id: e.id, stance: e.stance, note: e.note, exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end,
      anchor: e.anchor, fragment: e.fragment,
      source: {
        id: e.source.id, title: e.source.title, publisher: e.source.publisher, publishedOn: iso(e.source.publishedOn)?.slice(0, 10) ?? null,
        url: e.source.url, kind: e.source.kind, credibility: e.source.credibility,
      },
      snapshotId: e.snapshotId, snapshotTakenAt: e.snapshot.takenAt.toISOString(), createdBy: e.createdBy.name, createdAt: e.createdAt.toISOString(),
    })),
    history,
  };
}

/**
 * Counts over the whole bulletin, not the filter. In public, only published claims count as
 * verified, so unpublished work is neither counted nor its verdicts revealed.
 */
async function summarise(client: Db, bulletinId: string, shownWhere: Prisma.ClaimWhereInput, isPublic: boolean): Promise<ReportBulletin["summary"]> {
  const [groups, published, shown] = await Promise.all([
    client.claim.groupBy({ by: ["status", "verdict"], where: { bulletinId, dismissed: false }, _count: { _all: true } }),
    client.claim.groupBy({ by: ["verdict"], where: publishedClaimsOf(bulletinId), _count: { _all: true } }),
    client.claim.count({ where: shownWhere }),
  ]);
  const byStatus: Record<ReportStatus, number> = { UNVERIFIED: 0, IN_PROGRESS: 0, IN_REVIEW: 0, VERIFIED: 0 };
  const byVerdict: Record<ReportVerdict, number> = { ACCURATE: 0, MOSTLY_ACCURATE: 0, MISLEADING: 0, INACCURATE: 0, UNVERIFIABLE: 0 };
  for (const g of groups) {
    byStatus[g.status] += g._count._all;
    if (!isPublic && g.verdict && g.status === "VERIFIED") byVerdict[g.verdict] += g._count._all;
  }
  let publishedCount = 0;
  for (const g of published) {
    publishedCount += g._count._all;
    if (isPublic && g.verdict) byVerdict[g.verdict] += g._count._all;
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  if (isPublic) {
    // In public a claim not published is, for all a reader may know, not verified.
    return { total, verified: publishedCount, published: publishedCount, shown, byStatus: { UNVERIFIED: total - publishedCount, IN_PROGRESS: 0, IN_REVIEW: 0, VERIFIED: publishedCount }, byVerdict };
  }
  return { total, verified: byStatus.VERIFIED, published: publishedCount, shown, byStatus, byVerdict };
}

/**
 * The report of a bulletin. Claims are read a page at a time as the export consumes them, so a
 * bulletin of thousands of claims never sits in memory whole. Null when the bulletin is gone.
 */
export async function loadReport(
  client: Db,
  bulletinId: string,
  scope: ReportScope,
  options: { baseUrl: string; withHistory?: boolean; reportUrl?: string },
): Promise<Report | null> {
  const bulletin = await client.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, include: { importedBy: { select: { name: true } } } });
  if (!bulletin) return null;
  const where = whereOf(bulletinId, scope);
  const summary = await summarise(client, bulletinId, where, scope.scope === "published");
  const { ORGANISATION_NAME, ORGANISATION_URL } = env();
  const reportUrl = options.reportUrl ?? `${options.baseUrl}/bulletins/${bulletinId}/report`;

  // Positions in the whole bulletin, so a filtered report still numbers claims as the bulletin does.
  const order = await client.claim.findMany({ where: { bulletinId, dismissed: false }, select: { id: true }, orderBy: [{ start: "asc" }, { id: "asc" }] });
  const position = new Map(order.map((c, i) => [c.id, i + 1]));

  async function* claims(): AsyncGenerator<ReportClaim> {
    // Keyset paging on (start, id): a claim dismissed, reopened or merged away while an export
    // runs cannot make the next page skip or lose claims, as a cursor on that row would.
    let last: { start: number; id: string } | null = null;
    for (;;) {
      const after: Prisma.ClaimWhereInput = last
        ? { OR: [{ start: { gt: last.start } }, { start: last.start, id: { gt: last.id } }] }
        : {};
      const page = await client.claim.findMany({
        where: { AND: [where, after] },
        include: claimInclude,
        orderBy: [{ start: "asc" }, { id: "asc" }],
        take: PAGE,
      });
      const histories = options.withHistory
        ? await client.auditEntry.findMany({
            where: { entityType: "Claim", entityId: { in: page.map((c) => c.id) } },
            orderBy: { at: "asc" },
            include: { actor: { select: { name: true } } },
          })
        : [];
      for (const row of page) {
        const history = histories
          .filter((h) => h.entityId === row.id)
          .map((h) => ({ at: h.at.toISOString(), actor: h.actor?.name ?? "system", action: h.action, before: h.before ? JSON.parse(h.before) : null, after: h.after ? JSON.parse(h.after) : null }));
        yield toReportClaim(row, position.get(row.id) ?? 0, history);
      }
      if (page.length < PAGE) return;
      last = { start: page[page.length - 1].start, id: page[page.length - 1].id };
    }
  }

  return {
    bulletin: {
      id: bulletin.id,
      title: bulletin.title,
      publisher: bulletin.publisher,
      publishedOn: iso(bulletin.publishedOn)?.slice(0, 10) ?? null,
      language: bulletin.language,
      sourceUrl: bulletin.sourceUrl,
      importedAt: bulletin.createdAt.toISOString(),
      importedBy: bulletin.importedBy.name,
      cleanText: bulletin.cleanText,
      reportUrl,
      baseUrl: options.baseUrl,
      // Search engines expect the reviewing organisation to have a URL: the desk's own site stands in.
      organisation: { name: ORGANISATION_NAME, url: ORGANISATION_URL ?? options.baseUrl },
      generatedAt: new Date().toISOString(),
      summary,
      audience: scope.scope === "published" ? "public" : "internal",
    },
    // Re-iterable: each pass reads the claims again, so an export needing two passes (CSV's figures
    // section) stays flat in memory.
    claims: { [Symbol.asyncIterator]: () => claims()[Symbol.asyncIterator]() },
  };
}
