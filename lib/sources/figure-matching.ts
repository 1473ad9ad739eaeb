import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { FigureMatch, FigureResult, MatchFlag } from "@/lib/evidence";
import { prepareBulletinSource, proposeInSteps, proposeOverPrepared, type BulletinFigure, type BulletinProposal, type PreparedBulletinSource } from "@/lib/evidence/bulletin-proposals";
import { engineFigure } from "./figure-proposal";
import { bulletinMatchingSources, type SourceText } from "./queries";
import { because, type Reason } from "@/lib/evidence/why";

// A bulletin's proposals, computed in the background and stored, with where the computation
// stands. The version of a bulletin's matching is a digest of everything a proposal depends on, so
// the board knows stored proposals are current without matching anything.

/** Bumped when the matcher's results change, so that proposals stored by an older one are computed again. */
const MATCHER = "2";

export type BoardMatch = Pick<FigureMatch, "result" | "why" | "reason" | "flags" | "sourceText" | "sourceValue" | "start" | "end" | "passage"> & { sourceId?: string; cellFragment?: string; snapshotId?: string };

const FIRMNESS: Record<FigureResult, number> = { matches: 1, "within-rounding": 0.8, differs: 0.6, "not-found": 0 };

/** 0..1: how firmly a proposal rests (a plain match is firmer than a converted or unconfirmed one). */
export const confidenceOf = (result: FigureResult, flags: readonly string[]) => (result === "not-found" ? 0 : Math.max(0, FIRMNESS[result] - 0.1 * flags.length));

/** Every figure of a live bulletin's claims (not dismissed), in claim order, and every source they are matched against. */
export async function matchingInputs(client: Db, bulletinId: string) {
  const [figures, sources] = await Promise.all([
    client.figure.findMany({
      where: { claim: { bulletinId, dismissed: false } },
      orderBy: [{ claim: { number: "asc" } }, { start: "asc" }],
      include: { claim: { select: { id: true, number: true, statement: true } } },
    }),
    bulletinMatchingSources(bulletinId, client),
  ]);
  const checkable: BulletinFigure[] = figures.filter((f) => f.value !== null).map((f) => ({ id: f.id, claimId: f.claimId, figure: engineFigure({ ...f, value: f.value! }), context: f.claim.statement }));
  return { figures, checkable, sources, version: matchingVersion(checkable, sources) };
}

export type MatchingInputs = Awaited<ReturnType<typeof matchingInputs>>;

type MatchingSources = Awaited<ReturnType<typeof bulletinMatchingSources>>;

function matchingVersion(figures: BulletinFigure[], sources: MatchingSources): string {
  const hash = createHash("sha256").update(MATCHER);
  for (const f of figures) hash.update(JSON.stringify([f.id, f.claimId, f.figure, f.context]));
  // In the order the matcher reads them: the first source that matches a figure is the one proposed.
  hash.update(JSON.stringify([sources.texts.map((s) => [s.id, s.snapshotId]), sources.bulletinSourceIds, [...sources.claimSources]]));
  return hash.digest("hex");
}

/** Whether proposals can be computed within the page's request: a few thousand comparisons take a few tens of ms. */
export const SMALL_MATCHING = 5_000;
export const isSmall = (inputs: MatchingInputs) => inputs.checkable.length * Math.max(1, inputs.sources.texts.length) <= SMALL_MATCHING;

const asBoardMatch = (p: BulletinProposal): [string, BoardMatch] => [p.figureId, { ...p.match, cellFragment: p.match.cell?.fragment }];

/** The proposals now, within the request. */
export function proposeNow(inputs: MatchingInputs): Map<string, BoardMatch> {
  const prepared = new Map<string, PreparedBulletinSource<SourceText>>();
  for (const s of inputs.sources.texts) if (!prepared.has(s.id)) prepared.set(s.id, prepareBulletinSource(s));
  return new Map(proposeOverPrepared(inputs.checkable, prepared, inputs.sources).map(asBoardMatch));
}

/** The stored proposals of a bulletin and the state of its matching. */
export async function storedMatching(client: Db, bulletinId: string) {
  const [state, rows] = await Promise.all([
    client.bulletinMatching.findUnique({ where: { bulletinId } }),
    client.figureProposal.findMany({ where: { bulletinId } }),
  ]);
  const proposals = new Map(rows.map((r): [string, BoardMatch] => [r.figureId, {
    result: r.result as FigureResult, ...because(JSON.parse(r.reason) as Reason), flags: JSON.parse(r.flags) as MatchFlag[], sourceId: r.sourceId ?? undefined,
    sourceText: r.sourceText ?? undefined, sourceValue: r.sourceValue ?? undefined, start: r.start ?? undefined, end: r.end ?? undefined,
    passage: r.passageStart !== null && r.passageEnd !== null ? { start: r.passageStart, end: r.passageEnd } : undefined, cellFragment: r.cellFragment ?? undefined,
    snapshotId: r.snapshotId ?? undefined,
  }]));
  return { state, proposals };
}

export type { MatchingProgress } from "@/lib/evidence/bulletin-proposals";

/** Marks a version as queued: the board shows progress until a job stores it. */
export async function markPending(client: Db, bulletinId: string, inputs: MatchingInputs) {
  const counts = { pendingVersion: inputs.version, sourcesTotal: inputs.sources.texts.length, sourcesRead: 0, figuresTotal: inputs.checkable.length, figuresDone: 0 };
  await client.bulletinMatching.upsert({ where: { bulletinId }, create: { bulletinId, ...counts }, update: counts, select: { bulletinId: true } });
}

/**
 * Computes a bulletin's proposals and stores them with the version they hold for. The work is cut
 * in steps (a source read, a chunk of figures) with the event loop let go between them, so the
 * server keeps answering while a large bulletin is matched; progress is written as it goes.
 */
export async function matchAndStore(client: Db, bulletinId: string): Promise<{ version: string; proposals: number }> {
  const inputs = await matchingInputs(client, bulletinId);
  const progress = async (data: Partial<{ sourcesRead: number; figuresDone: number }>) => void (await client.bulletinMatching.updateMany({ where: { bulletinId, pendingVersion: inputs.version }, data }));
  const proposals = await proposeInSteps(inputs.checkable, inputs.sources.texts, inputs.sources, progress);
  const snapshotOf = new Map(inputs.sources.texts.map((s) => [s.id, s.snapshotId]));
  await client.$transaction(async (tx) => {
    await tx.figureProposal.deleteMany({ where: { bulletinId } });
    await tx.figureProposal.createMany({
      data: proposals.map(({ figureId, match: m }) => ({
        figureId, bulletinId, result: m.result, reason: JSON.stringify(m.why), confidence: confidenceOf(m.result, m.flags), flags: JSON.stringify(m.flags),
        sourceId: m.sourceId ?? null, snapshotId: m.sourceId ? (snapshotOf.get(m.sourceId) ?? null) : null, sourceText: m.sourceText ?? null, sourceValue: m.sourceValue ?? null,
        start: m.start ?? null, end: m.end ?? null, passageStart: m.passage?.start ?? null, passageEnd: m.passage?.end ?? null, cellFragment: m.cell?.fragment ?? null,
      })),
    });
    const state = await tx.bulletinMatching.findUnique({ where: { bulletinId }, select: { pendingVersion: true } });
    // A newer version queued meanwhile stays pending: its own job stores it.
    const pendingVersion = state && state.pendingVersion !== inputs.version ? state.pendingVersion : null;
    const done = pendingVersion === null ? { matchedVersion: inputs.version, pendingVersion, sourcesRead: inputs.sources.texts.length, figuresDone: proposals.length } : { matchedVersion: inputs.version };
    await tx.bulletinMatching.upsert({ where: { bulletinId }, create: { bulletinId, ...done, sourcesTotal: inputs.sources.texts.length, figuresTotal: proposals.length }, update: done, select: { bulletinId: true } });
  });
  return { version: inputs.version, proposals: proposals.length };
}
