import { clientFor, databaseUrlOf, type Db } from "@/lib/db";
import { jobQueue } from "@/lib/db/job-queue";
import { uuidForKey } from "@/lib/idempotency/keys";
import { logError } from "@/lib/server/log";
import { markPending, matchAndStore, matchingInputs, type MatchingInputs } from "@/lib/sources/figure-matching";

// Matching a bulletin's figures is a background job, queued when its sources change (a source
// attached to it or to a claim of it, detached, or given a new snapshot) and when the board finds
// its stored proposals out of date. A job's id is its bulletin and version: the same work queued
// twice runs once; a job that fails is retried by the queue, and on PostgreSQL one whose server
// died is taken again by another once it expires.

export const MATCH_JOB = "match-figures";

type MatchJob = { url: string; bulletinId: string; version: string };

// Kept on globalThis: Next bundles the start-up code and the pages apart, each with its own copy of this module.
const KEY = Symbol.for("claimdesk.figureMatching.workers");
const workers: Set<string> = ((globalThis as unknown as Record<symbol, Set<string>>)[KEY] ??= new Set());

/** Every server process takes matching jobs (called at start-up). Until then nothing is queued: the board matches within its request. */
export async function workOnFigureMatching(client: Db): Promise<void> {
  const url = databaseUrlOf(client);
  if (workers.has(url)) return;
  workers.add(url);
  await jobQueue(url).work(MATCH_JOB, async (data) => {
    const job = data as MatchJob;
    const client = clientFor(job.url);
    // Sources attached one after another queue one job each: only the newest does the work.
    const state = await client.bulletinMatching.findUnique({ where: { bulletinId: job.bulletinId }, select: { pendingVersion: true } });
    if (state?.pendingVersion && state.pendingVersion !== job.version) return { superseded: true };
    return matchAndStore(client, job.bulletinId);
  });
}

/** Queues the matching of a bulletin's current version; false when this process takes no matching jobs. */
export async function queueFigureMatching(client: Db, bulletinId: string, known?: MatchingInputs): Promise<boolean> {
  const url = databaseUrlOf(client);
  if (!workers.has(url)) return false;
  const inputs = known ?? (await matchingInputs(client, bulletinId));
  const queue = jobQueue(url);
  let id = uuidForKey(MATCH_JOB, bulletinId, inputs.version);
  const before = await queue.state(MATCH_JOB, id);
  if (before.state === "waiting") return true;
  // Done and yet asked again (its proposals were replaced since) or failed for good: a fresh job.
  if (before.state !== "missing") id = uuidForKey(MATCH_JOB, bulletinId, undefined);
  await markPending(client, bulletinId, inputs);
  await queue.send(MATCH_JOB, { url, bulletinId, version: inputs.version } satisfies MatchJob, { id });
  return true;
}

/** After a change to a bulletin's sources: matching is queued, and a failure to queue never fails the change. */
export async function rematch(client: Db, bulletinIds: Iterable<string>): Promise<void> {
  for (const id of new Set(bulletinIds)) await queueFigureMatching(client, id).catch((error) => logError("queueing figure matching", error));
}

/** The bulletins whose figures a source is matched for: those it is attached to, and those of the claims it is attached to. */
export async function bulletinsOfSource(client: Db, sourceId: string): Promise<string[]> {
  const [own, claims] = await Promise.all([
    client.bulletinSource.findMany({ where: { sourceId }, select: { bulletinId: true } }),
    client.claimSource.findMany({ where: { sourceId }, select: { claim: { select: { bulletinId: true } } } }),
  ]);
  return [...own.map((l) => l.bulletinId), ...claims.map((l) => l.claim.bulletinId)];
}

export async function bulletinOfClaim(client: Db, claimId: string): Promise<string[]> {
  const claim = await client.claim.findUnique({ where: { id: claimId }, select: { bulletinId: true } });
  return claim ? [claim.bulletinId] : [];
}
