import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Starts the app as `npm start` does (building first if needed) and waits until it answers. */
export async function startServer(options: { dataDir: string; databaseUrl: string; port: number }) {
  const origin = `http://localhost:${options.port}`;
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: options.dataDir, DATABASE_URL: options.databaseUrl, PORT: String(options.port), NEXTAUTH_URL: origin },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout.resume();
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/auth/csrf`)).ok) break;
    } catch {}
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    stop: async () => {
      process.kill(-child.pid!, "SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

/** Signs in through next-auth's standard endpoints and returns the session cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // Mutations must say where they come from (proxy.ts refuses cross-site ones).
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error("sign-in failed");
  return session;
}
