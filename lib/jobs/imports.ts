import { clientFor, databaseUrlOf, type Db } from "@/lib/db";
import { jobQueue } from "@/lib/db/job-queue";
import { canImportBulletin, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { bulletinIdFor, importBulletin, storedImport } from "@/lib/bulletins/import";
import { offThread } from "@/lib/workers/pool";
import type { CreateBulletinInput } from "@/lib/validations/bulletin";

// A large import is a background job: it survives the request that started it (a dropped
// connection, a restarted server: on PostgreSQL another server takes it), and the editor's page
// asks for its state. The bulletin id comes from the request key, so a retried job or request
// meets the bulletin it already wrote instead of writing a second one.

export const IMPORT_JOB = "import-bulletin";
/** Up to this many characters, an import is done within the request. */
export const LARGE_IMPORT = 200_000;
/** How long the request waits for a background import before answering "still importing". */
const WAIT_MS = 20_000;

type ImportJob = { url: string; actorId: string; bulletinId: string; input: CreateBulletinInput };
export type ImportOutcome = { id: string; claims: number } | { pending: string };

async function runImport(data: unknown): Promise<{ id: string; claims: number }> {
  const job = data as ImportJob;
  try {
    return await offThread("importBulletin", { ...job, at: new Date().toISOString() });
  } catch (error) {
    // A retry of a job whose first run wrote the bulletin before its server died.
    const stored = await storedImport(clientFor(job.url), job.actorId, job.bulletinId);
    if (stored) return stored;
    throw error;
  }
}

const workers = new Set<string>();

/** Every server process takes import jobs (called at start-up, and before queuing one). */
export async function workOnImports(client: Db): Promise<void> {
  const url = databaseUrlOf(client);
  if (workers.has(url)) return;
  workers.add(url);
  await jobQueue(url).work(IMPORT_JOB, runImport);
}

/** Imports a bulletin: within the request when small, as a background job when large. */
export async function startImport(client: Db, actor: Actor, input: CreateBulletinInput): Promise<ImportOutcome> {
  if (!canImportBulletin(actor)) throw forbidden("bulletin.onlyEditorImports");
  if (input.originalText.length <= LARGE_IMPORT) return importBulletin(client, actor, input);
  const url = databaseUrlOf(client);
  const bulletinId = bulletinIdFor(actor.id, input.requestKey);
  const stored = await storedImport(client, actor.id, bulletinId);
  if (stored) return stored;
  await workOnImports(client);
  const jobId = await jobQueue(url).send(IMPORT_JOB, { url, actorId: actor.id, bulletinId, input } satisfies ImportJob, { id: bulletinId });
  return waitForImport(client, actor, jobId, WAIT_MS);
}

/** The state of a background import this editor started: done, or still running. */
export async function waitForImport(client: Db, actor: Actor, jobId: string, waitMs: number): Promise<ImportOutcome> {
  if (!canImportBulletin(actor)) throw forbidden("bulletin.onlyEditorImports");
  const url = databaseUrlOf(client);
  const queue = jobQueue(url);
  for (const deadline = Date.now() + waitMs; ;) {
    const state = await queue.state(IMPORT_JOB, jobId);
    if (state.state === "done") {
      const output = state.output as { id: string; claims: number };
      const stored = await storedImport(client, actor.id, output.id);
      if (!stored) throw new AppError("not_found", "import.gone");
      return stored;
    }
    if (state.state === "failed") throw new AppError("bad_request", "import.failed");
    // A job cleared away after it finished: its bulletin, by the id the job was named after.
    if (state.state === "missing") {
      const stored = await storedImport(client, actor.id, jobId);
      if (!stored) throw new AppError("not_found", "import.gone");
      return stored;
    }
    if (Date.now() >= deadline) return { pending: jobId };
    await new Promise((r) => setTimeout(r, 300));
  }
}
