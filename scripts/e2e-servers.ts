// The browser suite's servers: two app servers (E2E_PORT and E2E_PORT + 1) on one fresh database,
// SQLite by default or PostgreSQL with E2E_DATABASE=postgresql (a throw-away server of its own on
// PG_E2E_PORT). Both run `npm start`'s own script; stopping this process stops them all.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createMigratedDatabase, startPgServer, stopPgServer, type PgServer } from "../lib/testing/pg-server";
import { buildOnce } from "./start";
import { SERVERS_DIR } from "../e2e/run-paths";

const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.join(root, SERVERS_DIR);
const usePg = process.env.E2E_DATABASE === "postgresql";
const secret = process.env.NEXTAUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-00";
const children: ChildProcess[] = [];
let pgServer: PgServer | undefined;
let stopping = false;

function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      child.kill("SIGTERM");
    } catch {}
  }
  const done = () => {
    if (pgServer) stopPgServer(pgServer);
    process.exit(code);
  };
  // Give the servers their shutdown before the database goes.
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r))))).then(done);
  setTimeout(done, 15_000).unref();
}

function serve(serverPort: number, databaseUrl: string, workers: string, publicUrl?: string): ChildProcess {
  // The second server runs as `npm start` does by default: no NEXTAUTH_URL, so the request's host counts.
  const inherited = { ...process.env };
  delete inherited.NEXTAUTH_URL;
  delete inherited.AUTH_TRUST_HOST;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: {
      ...inherited,
      ...(publicUrl ? { NEXTAUTH_URL: publicUrl } : {}),
      PORT: String(serverPort),
      DATA_DIR: path.join(dataDir, `server-${serverPort}`),
      DATABASE_URL: databaseUrl,
      // Both servers sign the same sessions, as servers behind one load balancer must.
      NEXTAUTH_SECRET: secret,
      WEB_CONCURRENCY: workers,
      CLAIMDESK_SKIP_BUILD: "1",
      // The suite serves source pages from 127.0.0.1 (e2e/source-server.ts); nothing else on loopback is fetched.
      SOURCE_FETCH_ALLOW_HOSTS: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
    // In this process's group: if this process is killed outright, they go with it.
    detached: false,
  });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`The server on port ${serverPort} exited (${code}).`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function ready(serverPort: number) {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
    try {
      if ((await fetch(`http://localhost:${serverPort}/api/health/ready`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on port ${serverPort} did not become ready`);
}

async function main() {
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => stop(0));
  rmSync(dataDir, { recursive: true, force: true });
  let databaseUrl = `file:${path.join(dataDir, "claimdesk.db")}`;
  if (usePg) {
    pgServer = startPgServer({ dir: path.join(root, ".tmp", "pg-e2e"), port: Number(process.env.PG_E2E_PORT ?? 55433), fast: true });
    databaseUrl = await createMigratedDatabase(pgServer, "claimdesk");
  }
  // Tests that write beside the servers (e2e/security/db-tasks.ts) read where and how from here.
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, "servers.json"), JSON.stringify({ databaseUrl, secret }), { mode: 0o600 });
  await buildOnce({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  // The first server migrates; the second one starts once the first is up (a second machine).
  serve(port, databaseUrl, "2", `http://localhost:${port}`);
  await ready(port);
  serve(port + 1, databaseUrl, "1");
  await ready(port + 1);
  console.log(`e2e servers ready on ${port} and ${port + 1} (${usePg ? "PostgreSQL" : "SQLite"})`);
}

main().catch((error: unknown) => {
  console.error(error);
  stop(1);
});
