// `npm start`: validate the environment, create and migrate the database, build if the sources
// changed since the last build, then serve with one process per core. Nothing to configure for a
// first run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { EnvError, parseEnv, type Env } from "../lib/config/env";
import { MigrationError, migrateDatabase } from "../lib/db/migrate";
import { dialectOf, redactedUrl, sqliteFile } from "../lib/db/url";
import { runPrimary } from "../lib/server/cluster";
import { logInfo } from "../lib/server/log";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) stop(error.message);
    throw error;
  }
}

const SOURCES = ["app", "components", "lib", "next.config.js", "package-lock.json", "prisma/schema.prisma", "instrumentation.ts"];

function newestSourceTime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry === path.join("lib", "generated")) return 0;
  return readdirSync(full).reduce((newest, name) => Math.max(newest, newestSourceTime(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestSourceTime(entry) > built);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Builds when needed; a second server starting from the same folder waits for the first one's build. */
export async function buildOnce(env: NodeJS.ProcessEnv) {
  const lock = path.join(root, ".next-build.lock");
  for (;;) {
    if (!needsBuild()) return;
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch {
      const holder = Number(readFileSync(lock, "utf8"));
      if (!holder || !alive(holder)) rmSync(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    if (!needsBuild()) return;
    console.log("Building Claimdesk (first start or changed sources)…");
    const result = spawnSync(bin("next"), ["build"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
    if (result.status !== 0) stop(`Claimdesk could not start: building the app failed (exit ${result.status ?? result.signal}).`);
  } finally {
    rmSync(lock, { force: true });
  }
}

async function main() {
  const env = loadEnv();
  mkdirSync(path.resolve(root, env.DATA_DIR), { recursive: true });
  if (dialectOf(env.DATABASE_URL) === "sqlite") mkdirSync(path.dirname(path.resolve(root, sqliteFile(env.DATABASE_URL))), { recursive: true });

  // Without NEXTAUTH_URL the app answers on whatever host it is reached by (localhost, a LAN name):
  // next-auth then takes its origin from the request instead of assuming localhost.
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: env.DATABASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
  };

  try {
    await migrateDatabase(env.DATABASE_URL, { root, log: (message) => logInfo(message) });
  } catch (error) {
    if (error instanceof MigrationError) stop(`Claimdesk could not start: ${error.message}`);
    stop(`Claimdesk could not start: migrating the database at ${redactedUrl(env.DATABASE_URL)} failed: ${(error as Error).message}`);
  }
  // A script that starts several servers from one folder builds once, before any of them.
  if (process.env.CLAIMDESK_SKIP_BUILD !== "1") await buildOnce(childEnv);

  const workers = env.WEB_CONCURRENCY ?? availableParallelism();
  logInfo(`Claimdesk on port ${env.PORT}, ${workers} server process${workers === 1 ? "" : "es"}, database ${redactedUrl(env.DATABASE_URL)}`);
  runPrimary({
    exec: path.join(root, "scripts", "server-worker.ts"),
    workers,
    env: { ...childEnv, NODE_ENV: "production", PORT: String(env.PORT), SHUTDOWN_TIMEOUT: String(env.SHUTDOWN_TIMEOUT) },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT * 1000,
    log: (message) => logInfo(message),
  });
}

if (require.main === module) void main();
