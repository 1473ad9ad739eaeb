import path from "node:path";
import { availableParallelism } from "node:os";
import Piscina from "piscina";
import { onShutdown } from "@/lib/server/lifecycle";
import type { Tasks } from "./worker";

// CPU-heavy work (the claim engine on a 1 MB bulletin takes half a second) runs in worker threads,
// so the server keeps answering other requests meanwhile. One pool per process.

type TaskName = keyof Tasks;

const KEY = Symbol.for("claimdesk.workers");
const g = globalThis as unknown as Record<symbol, Piscina | undefined>;

function pool(): Piscina {
  if (g[KEY]) return g[KEY];
  const created = new Piscina({
    filename: path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "workers", "worker-entry.mjs"),
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 60_000,
  });
  g[KEY] = created;
  onShutdown("worker threads", () => created.destroy());
  return created;
}

/** Runs a task in a worker thread and resolves with its result (its errors are rethrown here). */
export function offThread<N extends TaskName>(name: N, payload: Parameters<Tasks[N]>[0]): Promise<Awaited<ReturnType<Tasks[N]>>> {
  return pool().run({ name, payload });
}
