// One server process of `npm start` (started by scripts/start.ts through Node's cluster).
import path from "node:path";
import { serveApp } from "../lib/server/http-server";
import { logInfo } from "../lib/server/log";
import { offThread } from "../lib/workers/pool";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;
const log = (message: string) => (process.env.LOG_FORMAT === "json" ? logInfo(message) : console.log(`[${process.pid}] ${message}`));

async function main() {
  const { shutdown } = await serveApp({ root, port, shutdownTimeoutMs, log });
  // Load the worker thread now, so the first import does not wait for it.
  void offThread("currentThread", undefined).catch(() => {});
  let exiting = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (exiting) return;
      exiting = true;
      shutdown().then(
        () => process.exit(0),
        (error: unknown) => {
          log(`shutdown failed: ${(error as Error).message}`);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error(`Claimdesk could not start: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
