import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

// A small HTTP client for the built app, as a browser uses it: next-auth sign-in, JSON routes and
// server actions (called by the id Next.js gave them in the build). For benchmarks and for tests
// that start real servers; loopback only.

const root = path.resolve(import.meta.dirname, "..");

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

let actionIds: Map<string, string> | undefined;

/** The id of a server action in the current build, by its exported name. */
export function actionId(name: string): string {
  if (!actionIds) {
    const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
    actionIds = new Map(Object.entries(manifest.node).flatMap(([id, entry]) => (entry.exportedName ? [[entry.exportedName, id] as [string, string]] : [])));
  }
  const id = actionIds.get(name);
  if (!id) throw new Error(`no server action named ${name} in this build`);
  return id;
}

export type Answer = { status: number; body: string; ms: number; bytes: number };

/** One request on a keep-alive agent; resolves with status, body and time (never rejects on HTTP errors). */
export function request(agent: http.Agent, origin: string, method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const url = new URL(pathname, origin);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const buffer = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: buffer.toString("utf8"), ms: performance.now() - started, bytes: buffer.length });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error("timed out")));
    if (body !== undefined) req.write(body);
    req.end();
  });
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
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}

export type ActionAnswer<T> = Answer & { result?: { ok: true; data: T } | { ok: false; error: { code: string; message: string } } };

/** Calls a server action as the browser does (POST to the page, the action's id in a header) and reads its result. */
export async function callAction<T = unknown>(agent: http.Agent, origin: string, cookie: string, page: string, name: string, args: unknown[]): Promise<ActionAnswer<T>> {
  const answer = await request(agent, origin, "POST", page, {
    "next-action": actionId(name),
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    cookie,
    origin,
  }, JSON.stringify(args));
  // The answer is React's flight format: one row per line, the action's return value in row 1.
  const row = answer.body.split("\n").find((line) => line.startsWith("1:"));
  let result: ActionAnswer<T>["result"];
  try {
    result = row ? JSON.parse(row.slice(2)) : undefined;
  } catch {
    result = undefined;
  }
  return { ...answer, result };
}
