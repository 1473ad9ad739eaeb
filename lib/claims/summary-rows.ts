import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { summaryColumns, toSummary, type ClaimSummary } from "./summary";

// The summaries of a bulletin's claims, all of them or those changed after a version, in five
// flat SQL statements (the same on SQLite and PostgreSQL) joined here by claim id. Every change
// poll that finds something new reads this: through Prisma's query compiler the nested read cost
// 5.5 to 8 ms of CPU even for a handful of claims, and Prisma's nested select sends every claim id
// back as a parameter list for each relation on a whole bulletin. A test compares these rows with
// Prisma's nested read.

type Row = Omit<Parameters<typeof toSummary>[0], "tags" | "figures" | "findings">;
const COLUMNS = Prisma.raw(Object.keys(summaryColumns).map((n) => `c."${n}"`).join(", "));

function groupByClaim<T extends { claimId: string }>(rows: T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId);
    if (list) list.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}

/**
 * Summaries of the claims of `bulletinId` with a revision after `afterRevision` (-1 for all), in
 * no set order. Each claim's text is the span of `cleanText` when given, else its stored text.
 */
export async function summariesAfter(bulletinId: string, afterRevision: number, cleanText?: string): Promise<ClaimSummary[]> {
  const text = cleanText === undefined ? Prisma.sql`, c."text"` : Prisma.empty;
  const changed = Prisma.sql`c."bulletinId" = ${bulletinId} AND c."revision" > ${afterRevision}`;
  const [rows, figures, tags, failed] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT ${COLUMNS}${text} FROM "Claim" c WHERE ${changed}`,
    db.$queryRaw<{ claimId: string; start: number; end: number }[]>`
      SELECT f."claimId", f."start", f."end" FROM "Figure" f JOIN "Claim" c ON c."id" = f."claimId" WHERE ${changed} ORDER BY f."start", f."id"`,
    db.$queryRaw<{ claimId: string; tag: string }[]>`
      SELECT t."claimId", t."tag" FROM "ClaimTag" t JOIN "Claim" c ON c."id" = t."claimId" WHERE ${changed} ORDER BY t."tag"`,
    db.$queryRaw<{ claimId: string }[]>`
      SELECT DISTINCT k."claimId" FROM "ConsistencyFinding" k JOIN "Claim" c ON c."id" = k."claimId" WHERE ${changed} AND NOT k."ok"`,
  ]);
  const figuresOf = groupByClaim(figures);
  const tagsOf = groupByClaim(tags);
  const failing = new Set(failed.map((f) => f.claimId));
  return rows.map((row) => toSummary({
    ...row,
    text: cleanText === undefined ? row.text : cleanText.slice(row.start, row.end),
    figures: figuresOf.get(row.id) ?? [],
    tags: tagsOf.get(row.id) ?? [],
    findings: failing.has(row.id) ? [{ ok: false }] : [],
  }));
}

/** The ids of the claims of `bulletinId` removed after `afterRevision`. */
export async function removedAfter(bulletinId: string, afterRevision: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ claimId: string }[]>`SELECT "claimId" FROM "ClaimRemoval" WHERE "bulletinId" = ${bulletinId} AND "revision" > ${afterRevision}`;
  return rows.map((r) => r.claimId);
}
