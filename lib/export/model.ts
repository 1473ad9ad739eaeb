// The report of a bulletin as every export format reads it. Pure data: dates are ISO strings,
// figure values exact decimal strings. Claims arrive as an async iterable, in bulletin order, so
// exports of thousands of claims stream without holding them all in memory.

export type ReportVerdict = "ACCURATE" | "MOSTLY_ACCURATE" | "MISLEADING" | "INACCURATE" | "UNVERIFIABLE";
export type ReportStatus = "UNVERIFIED" | "IN_PROGRESS" | "IN_REVIEW" | "VERIFIED";

export interface ReportBulletin {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null; // YYYY-MM-DD
  language: string; // "zh" | "en"
  sourceUrl: string | null;
  importedAt: string;
  importedBy: string;
  /** The cleaned text the claims' offsets refer to. */
  cleanText: string;
  /** Absolute URL of the report page; a claim's URL is `${reportUrl}#claim-${id}`. */
  reportUrl: string;
  /** Absolute base URL of the app, for links to stored snapshots: `${baseUrl}/sources/${sourceId}/snapshots/${snapshotId}`. */
  baseUrl: string;
  /** The organisation publishing the fact-check (ClaimReview `author`), configurable. */
  organisation: { name: string; url: string | null };
  generatedAt: string;
  /**
   * Counts over the whole bulletin ("1 of 43 claims verified"), whatever the report's filter;
   * `shown` is how many claims the filter lets through. A public report counts only published
   * claims as verified, so it says nothing about work not yet published.
   */
  summary: {
    total: number;
    verified: number;
    published: number;
    shown: number;
    byStatus: Record<ReportStatus, number>;
    /** Verdicts of the verified claims (of the published ones in a public report). */
    byVerdict: Record<ReportVerdict, number>;
  };
  /** `public` for what a share link shows: published claims only. */
  audience: "internal" | "public";
}

export interface ReportFigure {
  id: string;
  text: string;
  start: number;
  end: number;
  kind: string;
  /** Null for a vague amount (`dozens`, `数十`) no reviewer has given a value yet. */
  value: string | null;
  /** `dozens`, `数十`: written as an amount without an exact number. */
  vague: boolean;
  valueMax: string | null;
  approx: string;
  unit: string | null;
  currency: string | null;
  check: "UNCHECKED" | "MATCHES" | "WITHIN_ROUNDING" | "DIFFERS" | "NOT_FOUND" | "NOT_CHECKABLE";
  checkNote: string | null;
  sourceValue: string | null;
  relativeDifference: number | null;
  sourceId: string | null;
  sourceTitle: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface ReportSource {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  kind: string;
  credibility: number;
}

export interface ReportEvidence {
  id: string;
  stance: "SUPPORTS" | "REFUTES" | "CONTEXT";
  note: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchor: "ANCHORED" | "REANCHORED" | "ORPHANED";
  /** The RFC 7111 fragment of the table cell quoted (`cell=4,3`), when the source is a table. */
  fragment?: string | null;
  source: ReportSource;
  snapshotId: string;
  snapshotTakenAt: string;
  createdBy: string;
  createdAt: string;
}

export interface ReportHistoryEntry {
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ReportClaim {
  id: string;
  /** 1-based position in the bulletin. */
  number: number;
  statement: string;
  text: string;
  start: number;
  end: number;
  kind: "STATISTIC" | "QUOTE" | "EVENT" | "OTHER";
  speaker: string | null;
  status: ReportStatus;
  verdict: ReportVerdict | null;
  rationale: string | null;
  proposedBy: string | null;
  proposedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** When an editor made the claim public; its ClaimReview's `datePublished`. */
  publishedAt: string | null;
  publishedBy: string | null;
  assignee: string | null;
  figures: ReportFigure[];
  evidence: ReportEvidence[];
  /** Only in the JSON export (empty otherwise). */
  history: ReportHistoryEntry[];
}

export interface Report {
  bulletin: ReportBulletin;
  claims: AsyncIterable<ReportClaim>;
}

export const EXPORT_FORMATS = ["md", "html", "xlsx", "csv", "figures-csv", "json", "claimreview", "annotations"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
