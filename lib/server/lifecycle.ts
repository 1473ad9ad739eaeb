// Shutdown hooks shared between the HTTP server (scripts/) and the app's modules (bundled by Next):
// both reach the same registry through a global symbol, so the server closes the database and the
// live-update streams the app opened, after the last request finished.

type Hook = { name: string; run: () => Promise<unknown> | unknown };
type Registry = { hooks: Hook[]; stopping: boolean; stoppingListeners: Set<() => void> };

const KEY = Symbol.for("claimdesk.lifecycle");

function registry(): Registry {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= { hooks: [], stopping: false, stoppingListeners: new Set() });
}

/** Runs `run` when the process shuts down, after in-flight requests; later hooks run first. */
export function onShutdown(name: string, run: Hook["run"]): void {
  registry().hooks.push({ name, run });
}

/** True once shutdown began: long-lived responses (live updates) end themselves. */
export function isShuttingDown(): boolean {
  return registry().stopping;
}

/** Calls `listener` once when shutdown begins (a live-update stream ends itself then); returns an unsubscribe. */
export function onStopping(listener: () => void): () => void {
  const { stoppingListeners } = registry();
  stoppingListeners.add(listener);
  return () => stoppingListeners.delete(listener);
}

export function beginShutdown(): void {
  const r = registry();
  r.stopping = true;
  for (const listener of [...r.stoppingListeners]) listener();
  r.stoppingListeners.clear();
}

/** Runs every hook once, newest first; a failing hook is reported and does not stop the others. */
export async function runShutdownHooks(report: (message: string) => void = console.error): Promise<void> {
  const hooks = registry().hooks.splice(0).reverse();
  for (const hook of hooks) {
    try {
      await hook.run();
    } catch (error) {
      report(`shutdown: ${hook.name} failed: ${(error as Error).message}`);
    }
  }
}
