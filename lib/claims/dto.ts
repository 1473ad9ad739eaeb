import type { Prisma } from "@/lib/generated/prisma/client";

// What the workspace needs of a claim, read in one query shape everywhere.
export const claimSelect = {
  id: true,
  bulletinId: true,
  number: true,
  start: true,
  end: true,
  text: true,
  statement: true,
  context: true,
  kind: true,
  speaker: true,
  speechVerb: true,
  checkworthiness: true,
  status: true,
  dismissed: true,
  verdict: true,
  rationale: true,
  assigneeId: true,
  proposedById: true,
  proposedAt: true,
  approvedById: true,
  approvedAt: true,
  sentBackById: true,
  sentBackAt: true,
  sentBackComment: true,
  priority: true,
  tags: { select: { tag: true }, orderBy: { tag: "asc" } },
  publishedAt: true,
  version: true,
  revision: true,
  updatedAt: true,
  figures: {
    orderBy: { start: "asc" },
    select: {
      id: true, text: true, start: true, end: true, kind: true, value: true, valueMax: true, vague: true,
      approx: true, unit: true, currency: true, check: true, proposedCheck: true, checkNote: true, sourceValue: true,
      relativeDifference: true, sourceId: true, snapshotId: true, sourceStart: true, sourceEnd: true, sourcePassage: true,
      checkedBy: { select: { name: true } },
    },
  },
  evidence: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true, sourceId: true, snapshotId: true, exact: true, prefix: true, suffix: true, start: true, end: true,
      stance: true, note: true, anchor: true, createdBy: { select: { name: true } },
    },
  },
  sources: {
    orderBy: { attachedAt: "asc" },
    select: { source: { select: { id: true, url: true, title: true, publisher: true, publishedOn: true, kind: true, credibility: true } } },
  },
  findings: { select: { id: true, kind: true, ok: true, details: true, acknowledgedById: true, acknowledgedAt: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimSelect;

export type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** The JSON-safe form sent to the browser (dates as ISO strings). */
type SourceRow = ClaimRow["sources"][number]["source"];

export type ClaimView = Omit<ClaimRow, "proposedAt" | "approvedAt" | "publishedAt" | "sentBackAt" | "updatedAt" | "findings" | "_count" | "sources" | "tags"> & {
  tags: string[];
  sentBackAt: string | null;
  sources: (Omit<SourceRow, "publishedOn"> & { publishedOn: string | null })[];
  proposedAt: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  commentCount: number;
  findings: { id: string; kind: string; ok: boolean; details: unknown; acknowledged: boolean }[];
};

export function toClaimView(row: ClaimRow): ClaimView {
  const { _count, findings, proposedAt, approvedAt, publishedAt, sentBackAt, updatedAt, sources, tags, ...rest } = row;
  return {
    ...rest,
    tags: tags.map((t) => t.tag),
    sentBackAt: sentBackAt?.toISOString() ?? null,
    sources: sources.map(({ source }) => ({ ...source, publishedOn: source.publishedOn?.toISOString().slice(0, 10) ?? null })),
    proposedAt: proposedAt?.toISOString() ?? null,
    approvedAt: approvedAt?.toISOString() ?? null,
    publishedAt: publishedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
    commentCount: _count.comments,
    findings: findings.map((f) => ({
      id: f.id,
      kind: f.kind,
      ok: f.ok,
      details: JSON.parse(f.details) as unknown,
      acknowledged: f.acknowledgedAt !== null,
    })),
  };
}
