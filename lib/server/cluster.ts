import cluster, { type Worker } from "node:cluster";

// `npm start` runs several server processes on one port (Node's cluster hands connections out in
// turn), one per core by default: the app's state lives in the database, so any process can
// answer any request. The primary only supervises: it restarts a process that crashed and, on
// SIGTERM or SIGINT, passes the signal on and waits for every process to finish its requests.

export type PrimaryOptions = { exec: string; workers: number; env: NodeJS.ProcessEnv; shutdownTimeoutMs: number; log: (message: string) => void };

export function runPrimary(options: PrimaryOptions): void {
  cluster.setupPrimary({ exec: options.exec, execArgv: process.execArgv });
  let stopping = false;
  let exitCode = 0;
  const started = new Map<number, number>();

  const fork = (): Worker => {
    const worker = cluster.fork(options.env);
    started.set(worker.id, Date.now());
    return worker;
  };

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    // A process that dies at once would die again: stop instead of restarting it for ever.
    if (lived < 10_000 && code !== 0) {
      options.log(`A server process failed while starting (exit ${code ?? signal}); stopping.`);
      exitCode = 1;
      stop("SIGTERM");
      return;
    }
    options.log(`A server process exited (${code ?? signal}); starting another.`);
    fork();
  });

  function stop(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter(Boolean) as Worker[];
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill(signal);
    // The processes have their own deadline; this one only guards against a process that hangs.
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode || 1);
    }, options.shutdownTimeoutMs + 10_000).unref();
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => stop(signal));
  for (let i = 0; i < options.workers; i++) fork();
}
