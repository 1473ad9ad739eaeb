import { clientFor, databaseUrlOf, type Db } from "@/lib/db";
import { jobQueue } from "@/lib/db/job-queue";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, forbidden, type ErrorCode, type FieldMessages } from "@/lib/errors";
import type { Message } from "@/lib/i18n/catalogue";
import { uuidForKey, type RequestKey } from "@/lib/idempotency/keys";
import type { FetchOptions } from "@/lib/sources/fetch/fetch-url";
import { assertMayAttach } from "@/lib/sources/service";
import { fetchSourceAgain, fetchSourceForBulletin, fetchSourceForClaim, type FetchSourceInput } from "@/lib/sources/fetch/fetched-source";
import { assertMayAttachToBulletin } from "@/lib/sources/bulletin-sources";

// Fetching a source by URL is a background job: it runs on whichever server takes it (on
// PostgreSQL, a server that dies mid-fetch leaves the job to be retried by another), and the request
// that queued it waits for its answer. The job is named after the request key, so a retried request
// meets the job (and, through the key, the snapshot) of the first try instead of fetching twice.

export const FETCH_JOB = "fetch-source";
/** Past the fetch's own 20 s bound: the reading of the page and the write come after it. */
const WAIT_MS = 40_000;

type FetchRequest =
  | { kind: "claim"; claimId: string; input: FetchSourceInput; key?: string }
  | { kind: "bulletin"; bulletinId: string; input: FetchSourceInput; key?: string }
  | { kind: "again"; sourceId: string; key?: string };
type FetchJob = FetchRequest & { url: string; actorId: string };

/** A refusal is the job's answer, not a failure to retry: the request shows it to the user. */
type Refusal = { refused: { code: ErrorCode; msg: Message; fieldMessages?: FieldMessages } };

async function actorOf(client: Db, id: string): Promise<Actor> {
  const user = await client.user.findUnique({ where: { id }, select: { id: true, role: true, active: true } });
  // A user deactivated between the request and the job is refused like any inactive user.
  return user ?? { id, role: "REVIEWER", active: false };
}

function runFetch(options: FetchOptions | undefined) {
  return async (data: unknown): Promise<unknown> => {
    const job = data as FetchJob;
    const client = clientFor(job.url);
    const actor = await actorOf(client, job.actorId);
    try {
      if (job.kind === "claim") return await fetchSourceForClaim(client, actor, job.claimId, job.input, job.key, options);
      if (job.kind === "bulletin") return await fetchSourceForBulletin(client, actor, job.bulletinId, job.input, job.key, options);
      return await fetchSourceAgain(client, actor, job.sourceId, job.key, options);
    } catch (error) {
      if (error instanceof AppError) return { refused: { code: error.code, msg: error.msg, fieldMessages: error.fieldMessages } } satisfies Refusal;
      throw error;
    }
  };
}

const workers = new Set<string>();

/**
 * Every server process takes fetch jobs (called at start-up, and before queuing one). `options` are
 * the server's own fetch settings (tests allow their local server here), never a job's.
 */
export async function workOnSourceFetches(client: Db, options?: FetchOptions): Promise<void> {
  const url = databaseUrlOf(client);
  if (workers.has(url)) return;
  workers.add(url);
  await jobQueue(url).work(FETCH_JOB, runFetch(options));
}

async function fetchAsJob<T>(client: Db, actor: Actor, job: FetchRequest): Promise<T> {
  const url = databaseUrlOf(client);
  await workOnSourceFetches(client);
  const queue = jobQueue(url);
  const id = await queue.send(FETCH_JOB, { ...job, url, actorId: actor.id }, { id: uuidForKey("fetch", actor.id, job.key) });
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; ) {
    const state = await queue.state(FETCH_JOB, id);
    if (state.state === "done") {
      const output = state.output as T | Refusal;
      if (output && typeof output === "object" && "refused" in output) {
        const { code, msg, fieldMessages } = output.refused;
        throw new AppError(code, msg, fieldMessages);
      }
      return output as T;
    }
    if (state.state === "failed" || state.state === "missing") throw new AppError("bad_request", "fetch.failed");
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new AppError("bad_request", "fetch.stillRunning");
}

/** Attach source → From a URL, as a job (see fetched-source.ts for what it stores). */
export async function fetchSourceForClaimJob(client: Db, actor: Actor, claimId: string, input: FetchSourceInput, key?: RequestKey) {
  // Refused here on the request's own session before anything is queued; the job checks again.
  await assertMayAttach(client, actor, claimId);
  return fetchAsJob<Awaited<ReturnType<typeof fetchSourceForClaim>>>(client, actor, { kind: "claim", claimId, input, key });
}

/** A bulletin's source from a URL, as a job. */
export async function fetchSourceForBulletinJob(client: Db, actor: Actor, bulletinId: string, input: FetchSourceInput, key?: RequestKey) {
  await assertMayAttachToBulletin(client, actor, bulletinId);
  return fetchAsJob<Awaited<ReturnType<typeof fetchSourceForBulletin>>>(client, actor, { kind: "bulletin", bulletinId, input, key });
}

/** Fetch again, as a job. */
export async function fetchSourceAgainJob(client: Db, actor: Actor, sourceId: string, key?: RequestKey) {
  if (!actor.active) throw forbidden();
  return fetchAsJob<Awaited<ReturnType<typeof fetchSourceAgain>>>(client, actor, { kind: "again", sourceId, key });
}
