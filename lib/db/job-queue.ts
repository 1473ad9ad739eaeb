import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { onShutdown } from "@/lib/server/lifecycle";
import { logError } from "@/lib/server/log";
import { dialectOf } from "./url";

// Background jobs behind one small interface. On PostgreSQL they are rows in the database
// (pg-boss): any server takes them, and a job whose server died is retried once it expires. On
// SQLite (one machine) they run in the process that queued them.

/** `missing`: no such job, or one old enough to have been cleared away. */
export type JobState = { state: "waiting" } | { state: "done"; output: unknown } | { state: "failed"; error: string } | { state: "missing" };
export type JobHandler = (data: unknown) => Promise<unknown>;

export interface JobQueue {
  /** Queues a job; a job with the same id (a retried request) is not queued twice. */
  send(name: string, data: object, options?: { id?: string }): Promise<string>;
  /** Takes jobs of this name, here, one at a time per process. */
  work(name: string, handler: JobHandler): Promise<void>;
  state(name: string, id: string): Promise<JobState>;
  stop(): Promise<void>;
}

const RETRIES = 2;
const EXPIRE_SECONDS = 15 * 60;

class PgJobQueue implements JobQueue {
  private readonly boss: PgBoss;
  private started: Promise<unknown>;
  private readonly queues = new Set<string>();
  constructor(url: string) {
    this.boss = new PgBoss({ connectionString: url, max: 2, schema: "pgboss" });
    this.boss.on("error", (error) => logError("job queue", error));
    this.started = this.boss.start();
  }
  private async queue(name: string) {
    await this.started;
    if (!this.queues.has(name)) {
      // Servers starting at once create the same queue at once, and PostgreSQL may end one of them
      // as a deadlock (40P01): its transaction was rolled back, and creating the queue is idempotent.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.boss.createQueue(name, { name, retryLimit: RETRIES, retryDelay: 2, expireInSeconds: EXPIRE_SECONDS });
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== "40P01" || attempt === 5) throw error;
          await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 50));
        }
      }
      this.queues.add(name);
    }
  }
  async send(name: string, data: object, options: { id?: string } = {}) {
    await this.queue(name);
    const id = await this.boss.send(name, data, options.id ? { id: options.id } : {});
    // null: a job with this id exists already, and it is the answer.
    if (id) return id;
    if (!options.id) throw new Error(`the job queue refused a ${name} job`);
    return options.id;
  }
  async work(name: string, handler: JobHandler) {
    await this.queue(name);
    await this.boss.work(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) return handler(job.data);
    });
  }
  async state(name: string, id: string): Promise<JobState> {
    await this.started;
    const job = await this.boss.getJobById(name, id, { includeArchive: true });
    if (!job) return { state: "missing" };
    if (job.state === "completed") return { state: "done", output: job.output };
    if (job.state === "failed" || job.state === "cancelled") return { state: "failed", error: String((job.output as { message?: string } | null)?.message ?? job.state) };
    return { state: "waiting" };
  }
  async stop() {
    await this.started.catch(() => {});
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

class InProcessJobQueue implements JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly jobs = new Map<string, JobState & { name: string }>();
  async send(name: string, data: object, options: { id?: string } = {}) {
    if (options.id && this.jobs.has(options.id)) return options.id;
    const id = options.id ?? randomUUID();
    this.jobs.set(id, { state: "waiting", name });
    setImmediate(() => void this.run(id, name, data));
    return id;
  }
  private async run(id: string, name: string, data: object) {
    const handler = this.handlers.get(name);
    if (!handler) return this.jobs.set(id, { state: "failed", error: `nothing works on ${name} jobs`, name });
    for (let attempt = 0; ; attempt++) {
      try {
        this.jobs.set(id, { state: "done", output: await handler(data), name });
        return;
      } catch (error) {
        if (attempt >= RETRIES) {
          this.jobs.set(id, { state: "failed", error: (error as Error).message, name });
          return;
        }
      }
    }
  }
  async work(name: string, handler: JobHandler) {
    this.handlers.set(name, handler);
  }
  async state(_name: string, id: string): Promise<JobState> {
    const job = this.jobs.get(id);
    if (!job) return { state: "missing" };
    if (job.state === "done") return { state: "done", output: job.output };
    if (job.state === "failed") return { state: "failed", error: job.error };
    return { state: "waiting" };
  }
  async stop() {
    this.handlers.clear();
  }
}

const KEY = Symbol.for("claimdesk.jobs");

/** The process's queue for the database at `url` (one per process). */
export function jobQueue(url: string): JobQueue {
  const g = globalThis as unknown as Record<symbol, Map<string, JobQueue> | undefined>;
  const all = (g[KEY] ??= new Map());
  let queue = all.get(url);
  if (!queue) {
    const created: JobQueue = dialectOf(url) === "postgresql" ? new PgJobQueue(url) : new InProcessJobQueue();
    all.set(url, created);
    onShutdown("job queue", () => created.stop());
    queue = created;
  }
  return queue;
}
