import type { ClaimView } from "./dto";

// What the workspace's queue and text need of every claim; a claim's details (figures' values,
// evidence, sources, findings, comments) are loaded when it is opened. On a 6,000-claim bulletin
// the whole list travels in the page, so it is packed (see encodeOutline).

export const KINDS = ["STATISTIC", "QUOTE", "EVENT", "OTHER"] as const;
export const STATUSES = ["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED"] as const;
export const PRIORITIES = ["HIGH", "NORMAL", "LOW"] as const;

export type ClaimSummary = {
  id: string;
  /** Given once at creation: adding or splitting claims renumbers none. */
  number: number;
  start: number;
  end: number;
  kind: (typeof KINDS)[number];
  status: (typeof STATUSES)[number];
  dismissed: boolean;
  assigneeId: string | null;
  version: number;
  /** The bulletin version of the claim's last change of any kind (a comment too). */
  revision: number;
  checkworthiness: number;
  /** The statement when it differs from the trimmed text of the span, else null. */
  statement: string | null;
  /** Figure spans in the bulletin text, for underlining. */
  figures: [number, number][];
  failedCheck: boolean;
  priority: (typeof PRIORITIES)[number];
  tags: string[];
};

export type SummaryRow = {
  id: string; number: number; priority: string; tags: (string | { tag: string })[]; start: number; end: number; kind: string; status: string; dismissed: boolean; assigneeId: string | null;
  version: number; revision: number; checkworthiness: number; text: string; statement: string;
  figures: { start: number; end: number }[]; findings: { ok: boolean }[];
};

export function toSummary(row: SummaryRow): ClaimSummary {
  return {
    id: row.id,
    number: row.number,
    start: row.start,
    end: row.end,
    kind: row.kind as ClaimSummary["kind"],
    status: row.status as ClaimSummary["status"],
    dismissed: row.dismissed,
    assigneeId: row.assigneeId,
    version: row.version,
    revision: row.revision,
    checkworthiness: row.checkworthiness,
    statement: row.statement === row.text.trim() ? null : row.statement,
    figures: row.figures.map((f) => [f.start, f.end]),
    failedCheck: row.findings.some((f) => !f.ok),
    priority: row.priority as ClaimSummary["priority"],
    tags: row.tags.map((t) => (typeof t === "string" ? t : t.tag)),
  };
}

export function summaryOfView(view: ClaimView): ClaimSummary {
  return toSummary(view);
}

/** The claim's own columns a summary needs; the text is left out, since it is the bulletin's text at the span. */
export const summaryColumns = {
  id: true, number: true, priority: true, start: true, end: true, kind: true, status: true, dismissed: true, assigneeId: true, version: true, revision: true,
  checkworthiness: true, statement: true,
} as const;

/** Those columns and the related rows a summary needs, for reading a few claims. */
export const summarySelect = {
  ...summaryColumns, tags: { select: { tag: true }, orderBy: { tag: "asc" } }, figures: { select: { start: true, end: true }, orderBy: { start: "asc" } }, findings: { select: { ok: true } },
} as const;

/** The statement to show: the stored one, or the claim's span of the bulletin text. */
export function statementOf(summary: ClaimSummary, cleanText: string): string {
  return summary.statement ?? cleanText.slice(summary.start, summary.end).trim();
}

// The packed list: one claim per "|"-separated record, fields separated by ",", figure spans as
// "offset-length" joined by ";", starts as steps from the previous claim's. Only ids, numbers and one-letter codes go in it, none of which needs
// escaping in JSON or HTML, so the page carries it at its own size; the rare statements that are
// not their span's text travel beside it, by position.

const USERS_NONE = "";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// An imported claim's id is a UUID: 36 characters, 16 bytes. "~" and its bytes in base64url take 23.
// Packed and unpacked by table, six bits at a time: a page packs thousands of ids, and the
// browser unpacks them all when the workspace opens.
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const HEX = "0123456789abcdef";
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

function packId(id: string): string {
  if (!UUID.test(id)) return id;
  const hex = id.replace(/-/g, "");
  // 32 hex digits are 128 bits: 21 whole base64 digits (126 bits) and 2 bits left over.
  let out = "~";
  for (let i = 0; i < 30; i += 3) {
    const v = parseInt(hex.slice(i, i + 3), 16);
    out += B64[v >> 6] + B64[v & 63];
  }
  // The last two hex digits (8 bits): six, then two shifted to the top of a base64 digit.
  const last = parseInt(hex.slice(30), 16);
  return out + B64[last >> 2] + B64[(last & 3) << 4];
}

function unpackId(text: string): string {
  if (!text.startsWith("~") || text.length !== 23) return text;
  let hex = "";
  for (let i = 1; i < 21; i += 2) {
    const v = (B64_VALUE.get(text[i])! << 6) | B64_VALUE.get(text[i + 1])!;
    hex += HEX[v >> 8] + HEX[(v >> 4) & 15] + HEX[v & 15];
  }
  const last = (B64_VALUE.get(text[21])! << 2) | (B64_VALUE.get(text[22])! >> 4);
  hex += HEX[last >> 4] + HEX[last & 15];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type Outline = { packed: string; statements: Record<number, string>; assignees: string[]; tags?: Record<number, string[]> };

export function encodeOutline(claims: ClaimSummary[]): Outline {
  const assignees: string[] = [];
  const assigneeIndex = new Map<string, number>();
  const statements: Record<number, string> = {};
  const tags: Record<number, string[]> = {};
  let previousStart = 0;
  const records = claims.map((c, i) => {
    let assignee = USERS_NONE;
    if (c.assigneeId) {
      if (!assigneeIndex.has(c.assigneeId)) {
        assigneeIndex.set(c.assigneeId, assignees.length);
        assignees.push(c.assigneeId);
      }
      assignee = String(assigneeIndex.get(c.assigneeId));
    }
    if (c.statement !== null) statements[i] = c.statement;
    // Tags are free text: like statements, they travel beside the packed list.
    if (c.tags.length) tags[i] = c.tags;
    const flags = (c.dismissed ? 1 : 0) | (c.failedCheck ? 2 : 0);
    // Starts are written as the step from the previous claim's: a few digits instead of six.
    const step = c.start - previousStart;
    previousStart = c.start;
    return [
      packId(c.id), step, c.end - c.start, KINDS.indexOf(c.kind), STATUSES.indexOf(c.status), flags, assignee,
      c.version, c.revision, Math.round(c.checkworthiness * 1000), c.figures.map(([s, e]) => `${s - c.start}-${e - s}`).join(";"),
      c.number, PRIORITIES.indexOf(c.priority),
    ].join(",");
  });
  return { packed: records.join("|"), statements, assignees, tags };
}

export function decodeOutline({ packed, statements, assignees, tags = {} }: Outline): ClaimSummary[] {
  if (!packed) return [];
  let previousStart = 0;
  return packed.split("|").map((record, i) => {
    const [id, step, length, kind, status, flags, assignee, version, revision, worth, figures, number, priority] = record.split(",");
    const s = previousStart + Number(step);
    previousStart = s;
    return {
      id: unpackId(id),
      number: Number(number),
      start: s,
      end: s + Number(length),
      kind: KINDS[Number(kind)],
      status: STATUSES[Number(status)],
      dismissed: (Number(flags) & 1) !== 0,
      failedCheck: (Number(flags) & 2) !== 0,
      assigneeId: assignee === USERS_NONE ? null : assignees[Number(assignee)],
      version: Number(version),
      revision: Number(revision),
      checkworthiness: Number(worth) / 1000,
      statement: statements[i] ?? null,
      figures: figures ? figures.split(";").map((f) => {
        const [offset, len] = f.split("-").map(Number);
        return [s + offset, s + offset + len] as [number, number];
      }) : [],
      priority: PRIORITIES[Number(priority)],
      tags: tags[i] ?? [],
    };
  });
}
