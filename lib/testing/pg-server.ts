import { execFileSync, execSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";

// A throw-away PostgreSQL server for tests and benchmarks: Debian's binaries, a data folder under
// the project's .tmp, its own port on 127.0.0.1, stopped afterwards. As root, initdb and pg_ctl
// run as the postgres user (PostgreSQL refuses to run as root).

export type PgServer = { port: number; dir: string; user: string };

export const TEMPLATE_DATABASE = "claimdesk_template";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

export function pgBinDir(): string | null {
  if (process.env.PG_BIN) return existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : null;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** Installs Debian's postgresql when missing and running as root (as `npm test` does for Chromium); otherwise names the command. */
export function ensurePostgres(): string {
  const found = pgBinDir();
  if (found) return found;
  if (!isRoot()) {
    throw new Error("The database tests need PostgreSQL's server binaries, which are missing.\nInstall them with:  sudo apt-get update && sudo apt-get install -y postgresql");
  }
  console.log("Installing postgresql with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq", { stdio: "inherit", env });
  execSync("apt-get install -y -qq postgresql", { stdio: "inherit", env });
  const installed = pgBinDir();
  if (!installed) throw new Error("apt-get installed postgresql, but its binaries were not found under /usr/lib/postgresql.");
  return installed;
}

function run(bin: string, args: string[], log?: string) {
  try {
    if (isRoot()) {
      const quoted = [path.join(bin, args[0]), ...args.slice(1)].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
      execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
    } else {
      execFileSync(path.join(bin, args[0]), args.slice(1), { stdio: "pipe" });
    }
  } catch (error) {
    const output = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    const tail = log && existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").slice(-5).join("\n") : "";
    throw new Error(`PostgreSQL's ${args[0]} failed: ${output}${tail ? `\n${tail}` : ""}`);
  }
}

/**
 * Starts a new server on `port` with its data under `dir` (wiped first). `fast` turns durability
 * off, for tests only: a crash of a throw-away server loses nothing anyone needs.
 */
export function startPgServer(options: { dir: string; port: number; fast?: boolean }): PgServer {
  const bin = ensurePostgres();
  const dir = path.resolve(options.dir);
  stopQuietly(bin, dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  run(bin, ["initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"]);
  const settings = [
    `-p ${options.port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c max_connections=300",
    ...(options.fast ? ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"] : []),
  ].join(" ");
  const log = path.join(dir, "server.log");
  run(bin, ["pg_ctl", "-D", data, "-o", settings, "-l", log, "-w", "-t", "60", "start"], log);
  return { port: options.port, dir, user: "postgres" };
}

function stopQuietly(bin: string, dir: string) {
  const data = path.join(dir, "data");
  if (!existsSync(path.join(data, "postmaster.pid"))) return;
  try {
    run(bin, ["pg_ctl", "-D", data, "-m", "fast", "-w", "stop"]);
  } catch {}
}

export function stopPgServer(server: PgServer): void {
  const bin = pgBinDir();
  if (bin) stopQuietly(bin, server.dir);
  rmSync(server.dir, { recursive: true, force: true });
}

export function databaseUrl(server: Pick<PgServer, "port" | "user">, database: string): string {
  return `postgresql://${server.user}@127.0.0.1:${server.port}/${database}`;
}

/** Creates (or recreates) a database, migrated with the app's PostgreSQL migrations. */
export async function createMigratedDatabase(server: PgServer, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: databaseUrl(server, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(server, name);
  await migrateDatabase(url, { log: () => {} });
  return url;
}
