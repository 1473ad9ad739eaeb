import type { Db, Tx } from "@/lib/db";

// Every table a backup holds, in an order that satisfies the foreign keys when the rows are
// inserted again: each table references only tables above it. LoginAttempt, RateLimitWindow and
// IdempotencyKey are left out on purpose: the throttles' short-lived counters and the memory of
// recent requests' answers hold no work, and empty ones only reset them. Session is left out too: a
// restored workspace starts with everyone signed out.

export type Row = Record<string, unknown>;

export type TableSpec = {
  /** The Prisma model name, as written in the backup file. */
  name: string;
  /** The client's delegate for the model (`db.claimSource` for ClaimSource). */
  delegate: string;
  /** The primary key, ordered: pages are read in this order so a read never skips or repeats a row. */
  key: string[];
  /** Fields holding secrets, left out of a backup made without --with-credentials. */
  secrets: string[];
  /** Binary fields, written to the file as base64 (JSON has no bytes). */
  binary?: string[];
  noun: [singular: string, plural: string];
};

export const TABLES: readonly TableSpec[] = [
  { name: "User", delegate: "user", key: ["id"], secrets: ["passwordHash"], noun: ["user", "users"] },
  { name: "Setting", delegate: "setting", key: ["key"], secrets: [], noun: ["setting", "settings"] },
  { name: "Bulletin", delegate: "bulletin", key: ["id"], secrets: [], noun: ["bulletin", "bulletins"] },
  { name: "Claim", delegate: "claim", key: ["id"], secrets: [], noun: ["claim", "claims"] },
  { name: "ClaimRemoval", delegate: "claimRemoval", key: ["id"], secrets: [], noun: ["removed claim", "removed claims"] },
  { name: "Source", delegate: "source", key: ["id"], secrets: [], noun: ["source", "sources"] },
  { name: "SourceSnapshot", delegate: "sourceSnapshot", key: ["id"], secrets: [], binary: ["bytes"], noun: ["source snapshot", "source snapshots"] },
  { name: "Evidence", delegate: "evidence", key: ["id"], secrets: [], noun: ["piece of evidence", "pieces of evidence"] },
  { name: "Figure", delegate: "figure", key: ["id"], secrets: [], noun: ["figure", "figures"] },
  { name: "ConsistencyFinding", delegate: "consistencyFinding", key: ["id"], secrets: [], noun: ["consistency finding", "consistency findings"] },
  { name: "Comment", delegate: "comment", key: ["id"], secrets: [], noun: ["comment", "comments"] },
  { name: "ClaimSource", delegate: "claimSource", key: ["claimId", "sourceId"], secrets: [], noun: ["claim source", "claim sources"] },
  { name: "BulletinSource", delegate: "bulletinSource", key: ["bulletinId", "sourceId"], secrets: [], noun: ["bulletin source", "bulletin sources"] },
  { name: "ClaimTag", delegate: "claimTag", key: ["claimId", "tag"], secrets: [], noun: ["claim tag", "claim tags"] },
  { name: "Notification", delegate: "notification", key: ["id"], secrets: [], noun: ["notification", "notifications"] },
  { name: "AuditEntry", delegate: "auditEntry", key: ["id"], secrets: [], noun: ["audit entry", "audit entries"] },
  { name: "ApiToken", delegate: "apiToken", key: ["id"], secrets: ["tokenHash"], noun: ["API token", "API tokens"] },
  { name: "ShareLink", delegate: "shareLink", key: ["id"], secrets: ["tokenHash"], noun: ["share link", "share links"] },
];

/**
 * Models deliberately not backed up; a test checks that TABLES plus these are every model. Sign-in
 * state and request keys are the running server's; the figure board's stored proposals and their
 * matching state are worked out again from the figures and sources (the board queues the matching
 * when none is stored for what the bulletin now holds).
 */
export const SKIPPED_MODELS = ["LoginAttempt", "RateLimitWindow", "Session", "IdempotencyKey", "FigureProposal", "BulletinMatching"] as const;

// The generic reader and writer need only these two calls. Prisma's delegates are one type per
// model, so they are reached by name; Prisma still validates every row against the schema at runtime.
type Delegate = {
  findMany(args: { where?: Row; orderBy: Row[]; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
};

export function delegateOf(client: Db | Tx, table: TableSpec): Delegate {
  return (client as unknown as Record<string, Delegate>)[table.delegate];
}

export function tableNamed(name: string): TableSpec | undefined {
  return TABLES.find((t) => t.name === name);
}

export function describeCount(table: TableSpec, n: number): string {
  return `${n} ${n === 1 ? table.noun[0] : table.noun[1]}`;
}
