import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimSelect, type ClaimRow } from "./dto";

// One claim as `claimSelect` reads it, in six plain SQL statements (the same on SQLite and
// PostgreSQL). Opening a claim reads it, and every write to a claim reads it twice (to check the
// rules, and to answer with the result). Through Prisma's query compiler this nested read cost
// about 9.6 ms of CPU each time, most of an opened claim and a third of a write; these statements
// cost about 2 ms. The scalar columns come from claimSelect itself, so a field added there is read
// here too; a test compares this read with Prisma's for claims with every kind of relation.

const scalarsOf = (select: Record<string, unknown>) => Object.keys(select).filter((key) => select[key] === true);
const columns = (alias: string, names: string[]) => Prisma.raw(names.map((n) => `${alias}."${n}"`).join(", "));

const { figures, evidence, sources, findings } = claimSelect;
const CLAIM = columns("c", scalarsOf(claimSelect));
const FIGURE = columns("f", scalarsOf(figures.select));
const EVIDENCE = columns("e", scalarsOf(evidence.select));
const SOURCE = columns("s", scalarsOf(sources.select.source.select));
const FINDING = columns("k", scalarsOf(findings.select));

type Named = { name: string | null };
type ClaimScalars = Omit<ClaimRow, "tags" | "figures" | "evidence" | "sources" | "findings" | "_count"> & { commentCount: bigint | number };
type FigureRow = Omit<ClaimRow["figures"][number], "checkedBy"> & { checkedByName: string | null };
type EvidenceRow = Omit<ClaimRow["evidence"][number], "createdBy"> & { createdByName: string };

const named = (name: string | null): Named | null => (name === null ? null : { name });

/** A live claim (its bulletin not deleted), as Prisma would read it with claimSelect; null when gone. */
export async function readClaimRow(client: Db | Tx, id: string): Promise<ClaimRow | null> {
  const [claim] = await client.$queryRaw<ClaimScalars[]>`
    SELECT ${CLAIM}, (SELECT COUNT(*) FROM "Comment" m WHERE m."claimId" = c."id") AS "commentCount"
    FROM "Claim" c JOIN "Bulletin" b ON b."id" = c."bulletinId"
    WHERE c."id" = ${id} AND b."deletedAt" IS NULL`;
  if (!claim) return null;
  // One after another: inside a transaction they share one connection anyway.
  const tags = await client.$queryRaw<{ tag: string }[]>`SELECT "tag" FROM "ClaimTag" WHERE "claimId" = ${id} ORDER BY "tag"`;
  const figureRows = await client.$queryRaw<FigureRow[]>`
    SELECT ${FIGURE}, u."name" AS "checkedByName" FROM "Figure" f LEFT JOIN "User" u ON u."id" = f."checkedById"
    WHERE f."claimId" = ${id} ORDER BY f."start", f."id"`;
  const evidenceRows = await client.$queryRaw<EvidenceRow[]>`
    SELECT ${EVIDENCE}, u."name" AS "createdByName" FROM "Evidence" e JOIN "User" u ON u."id" = e."createdById"
    WHERE e."claimId" = ${id} ORDER BY e."createdAt", e."id"`;
  const sourceRows = await client.$queryRaw<ClaimRow["sources"][number]["source"][]>`
    SELECT ${SOURCE} FROM "ClaimSource" cs JOIN "Source" s ON s."id" = cs."sourceId"
    WHERE cs."claimId" = ${id} ORDER BY cs."attachedAt", s."id"`;
  const findingRows = await client.$queryRaw<ClaimRow["findings"]>`SELECT ${FINDING} FROM "ConsistencyFinding" k WHERE k."claimId" = ${id} ORDER BY k."id"`;
  const { commentCount, ...scalars } = claim;
  return {
    ...scalars,
    tags,
    figures: figureRows.map(({ checkedByName, ...f }) => ({ ...f, checkedBy: named(checkedByName) })),
    evidence: evidenceRows.map(({ createdByName, ...e }) => ({ ...e, createdBy: { name: createdByName } })),
    sources: sourceRows.map((source) => ({ source })),
    findings: findingRows,
    _count: { comments: Number(commentCount) },
  } as ClaimRow;
}
