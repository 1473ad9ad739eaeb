import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// Starts one server process of the built app (as `npm start` does for each core) on a free port,
// against a given database, for tests that need real HTTP; loopback only.

export const isBuilt = () => existsSync(path.resolve(".next", "BUILD_ID"));

export type AppServer = { origin: string; port: number; child: ChildProcess; output: () => string; exited: Promise<number | null> };

export async function startAppServer(options: { databaseUrl: string; dataDir: string; env?: Record<string, string> }): Promise<AppServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/server-worker.ts")], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_TRUST_HOST: "true",
      NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123",
      PORT: "0",
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const port = /Listening on port (\d+)/.exec(output)?.[1];
    if (port) {
      const origin = `http://127.0.0.1:${port}`;
      // Wait until Next answers, not only the socket.
      try {
        if ((await fetch(`${origin}/api/auth/csrf`)).ok) return { origin, port: Number(port), child, output: () => output, exited };
      } catch {}
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the app server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
