import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";
import { env } from "@/lib/config/env";
import type { Report, ReportClaim, ReportStatus, ReportVerdict } from "@/lib/export/model";

export type ReportScope = { scope: "verified" | "all"; verdict?: ReportVerdict };

const PAGE = 200;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

const claimInclude = {
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  assignee: { select: { name: true } },
  figures: { orderBy: { start: "asc" }, include: { source: { select: { title: true } }, checkedBy: { select: { name: true } } } },
  evidence: {
    orderBy: { createdAt: "asc" },
    include: { source: true, snapshot: { select: { takenAt: true } }, createdBy: { select: { name: true } } },
  },
} satisfies Prisma.ClaimInclude;

type ClaimRow = Prisma.ClaimGetPayload<{ include: typeof claimInclude }>;

/** The claims a report of this scope shows; the share page's filter is this one too (SHARED_REPORT_SCOPE). */
export function reportClaimWhere(bulletinId: string, scope: ReportScope): Prisma.ClaimWhereInput {
  return {
    bulletinId,
    dismissed: false,
    ...(scope.scope === "verified" || scope.verdict ? { status: "VERIFIED" } : {}),
    ...(scope.verdict ? { verdict: scope.verdict } : {}),
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
    assignee: row.assignee?.name ?? null,
    figures: row.figures.map((f) => ({
      id: f.id, text: f.text, start: f.start, end: f.end, kind: f.kind, value: f.value, valueMax: f.valueMax, approx: f.approx,
      unit: f.unit, currency: f.currency, check: f.check, checkNote: f.checkNote, sourceValue: f.sourceValue,
      relativeDifference: f.relativeDifference, sourceId: f.sourceId, sourceTitle: f.source?.title ?? null,
      checkedBy: f.checkedBy?.name ?? null, checkedAt: iso(f.checkedAt),
    })),
    evidence: row.evidence.map((e) => ({
      id: e.id, stance: e.stance, note: e.note, exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end,
      anchor: e.anchor,
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
 * The report of a bulletin. Claims are read a page at a time as the export consumes them, so a
 * bulletin of thousands of claims never sits in memory whole. Null when the bulletin is gone.
 */
export async function loadReport(client: Db, bulletinId: string, scope: ReportScope, options: { baseUrl: string; withHistory?: boolean }): Promise<Report | null> {
  const bulletin = await client.bulletin.findFirst({ where: { id: bulletinId, deletedAt: null }, include: { importedBy: { select: { name: true } } } });
  if (!bulletin) return null;
  const where = reportClaimWhere(bulletinId, scope);
  const groups = await client.claim.groupBy({ by: ["status", "verdict"], where, _count: { _all: true } });
  const byStatus: Record<ReportStatus, number> = { UNVERIFIED: 0, IN_PROGRESS: 0, IN_REVIEW: 0, VERIFIED: 0 };
  const byVerdict: Record<ReportVerdict, number> = { ACCURATE: 0, MOSTLY_ACCURATE: 0, MISLEADING: 0, INACCURATE: 0, UNVERIFIABLE: 0 };
  for (const g of groups) {
    byStatus[g.status] += g._count._all;
    if (g.verdict && g.status === "VERIFIED") byVerdict[g.verdict] += g._count._all;
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const { ORGANISATION_NAME, ORGANISATION_URL } = env();
  const reportUrl = `${options.baseUrl}/bulletins/${bulletinId}/report`;

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
      organisation: { name: ORGANISATION_NAME, url: ORGANISATION_URL ?? null },
      generatedAt: new Date().toISOString(),
      summary: { total, verified: byStatus.VERIFIED, byStatus, byVerdict },
    },
    // Re-iterable: each pass reads the claims again, so an export needing two passes (CSV's figures
    // section) stays flat in memory.
    claims: { [Symbol.asyncIterator]: () => claims()[Symbol.asyncIterator]() },
  };
}
