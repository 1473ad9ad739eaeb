import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Starts the app as `npm start` does (building first if needed) and waits until it is ready. */
export async function startServer(options: { dataDir: string; databaseUrl: string; port: number }) {
  const origin = `http://localhost:${options.port}`;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl, PORT: String(options.port), NEXTAUTH_URL: origin },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout.resume();
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health/ready`)).ok) break;
    } catch {}
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    stop: async () => {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}
