// `npm start`: validate the environment, create and migrate the database, build if the sources
// changed since the last build, then serve. Nothing to configure for a first run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv, type Env } from "../lib/config/env";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function loadEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`Claimdesk could not start: ${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
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

const env = loadEnv();
const dbFile = path.resolve(root, env.DATABASE_URL.replace(/^file:/, ""));
mkdirSync(path.resolve(root, env.DATA_DIR), { recursive: true });
mkdirSync(path.dirname(dbFile), { recursive: true });

// Without NEXTAUTH_URL the app answers on whatever host it is reached by (localhost, a LAN name):
// next-auth then takes its origin from the request instead of assuming localhost.
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: env.DATABASE_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "true" }),
};

run(bin("prisma"), ["migrate", "deploy"], childEnv, "migrating the database");
if (needsBuild()) {
  console.log("Building Claimdesk (first start or changed sources)…");
  run(bin("next"), ["build"], { ...childEnv, NODE_ENV: "production" }, "building the app");
}

// scripts/serve.mjs is `next start` plus the socket's address for per-client throttling.
const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env: { ...childEnv, PORT: String(env.PORT), NODE_ENV: "production" }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
