// The security suite's calls of the running test server: server actions and route handlers over plain
// HTTP, classified; the build's lists of actions and routes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BASE_URL } from "../helpers";

export type Outcome = "allowed" | "refused" | "not-found" | "invalid" | "error";

/** Signs in through next-auth's endpoints as a browser would; returns every cookie it set. */
export async function signInOverHttp(email: string, password: string, extra: Record<string, string> = {}): Promise<{ status: number; cookie: string; body: unknown }> {
  const csrf = await fetch(`${BASE_URL}/api/auth/csrf`, { headers: extra });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar, extra.cookie ?? ""].filter(Boolean).join("; "), origin: BASE_URL, ...extra },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const set = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { status: response.status, cookie: set.filter((c) => !c.endsWith("=")).join("; "), body: await response.json().catch(() => null) };
}

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** Every server action the build holds, named `file#export`, from Next's server-reference manifest. */
export function builtActions(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

/** Every route handler the build holds, as its URL pattern (`/api/v1/bulletins/[id]`). */
export function builtRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  // Route groups are left out, as for pages: `/(workspace)/sources/…` answers at `/sources/…`.
  return Object.keys(manifest).filter((k) => k.endsWith("/route")).map((k) => k.replace(/\/route$/, "").replace(/\/\([^)]+\)/g, "")).sort();
}

/** Every page the build holds, as its URL pattern (`/bulletins/[id]/report`), route groups left out. */
export function builtPages(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((k) => k.endsWith("/page") && !k.startsWith("/_"))
    .map((k) => k.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/")
    .sort();
}

/** The methods a route handler implements, from the Allow header Next answers OPTIONS with. */
export async function methodsOf(path: string): Promise<string[]> {
  const response = await fetch(`${BASE_URL}${path}`, { method: "OPTIONS" });
  return (response.headers.get("allow") ?? "").split(",").map((m) => m.trim()).filter((m) => m && m !== "OPTIONS" && m !== "HEAD");
}

// React's own encoder for server-action arguments, the one Next's client uses.
const { encodeReply } = createRequire(path.resolve("package.json"))("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export type Answer = { status: number; outcome: Outcome; detail: string };

/** Calls a server action by id over HTTP, with the browser's headers, and classifies the answer. */
export async function callAction(id: string, args: unknown[], cookie: string | null, headers: Record<string, string> = {}): Promise<Answer> {
  const body = await encodeReply(args);
  const contentType = typeof body === "string" ? "text/plain;charset=UTF-8" : undefined;
  const response = await fetch(`${BASE_URL}/bulletins`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": id, accept: "text/x-component", origin: BASE_URL, ...(contentType ? { "content-type": contentType } : {}), ...(cookie ? { cookie } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, outcome: classifyAction(response, text), detail: text.slice(0, 300) };
}

function classifyAction(response: Response, text: string): Outcome {
  if (response.status >= 500) return "error";
  if (response.status === 401 || response.status === 403) return "refused";
  if (response.status === 404) return "not-found";
  if (response.status >= 400) return "invalid";
  const redirect = response.headers.get("x-action-redirect")?.split(";")[0];
  if (redirect === "/signin" || redirect === "/auth/ended") return "refused";
  if (redirect) return "allowed";
  // Row 0 names the row holding the action's result ("a":"$@1"); rows of a page re-render are not the action's.
  const lines = text.split("\n");
  const head = /^0:(\{.*\})$/.exec(lines.find((line) => line.startsWith("0:")) ?? "");
  const resultId = head ? /"a":"\$@([0-9a-f]+)"/.exec(head[1])?.[1] : undefined;
  const row = resultId ? lines.find((line) => line.startsWith(`${resultId}:`)) : undefined;
  if (!row) return /^\d+:E\{/m.test(text) ? "error" : "allowed";
  if (row.startsWith(`${resultId}:E`)) return "error";
  if (!/^[0-9a-f]+:\{"(ok|status)":/.test(row)) return "allowed";
  const value = JSON.parse(row.slice(row.indexOf(":") + 1)) as { ok?: boolean; status?: string; code?: string; error?: { code: string } };
  if (value.ok === true || value.status === "ok") return "allowed";
  const code = value.error?.code ?? value.code;
  if (code === "forbidden" || code === "unauthenticated") return "refused";
  if (code === "not_found") return "not-found";
  if (code === "internal") return "error";
  return "invalid";
}

/** Calls a route handler and classifies the answer by its status. */
export async function callRoute(method: string, path: string, cookie: string | null, body?: unknown): Promise<Answer> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    redirect: "manual",
    headers: { origin: BASE_URL, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // A live-update stream never ends: its status and headers are the answer.
  const streaming = response.ok && (response.headers.get("content-type") ?? "").startsWith("text/event-stream");
  const text = streaming ? (await response.body?.cancel(), "") : await response.text();
  const s = response.status;
  const outcome: Outcome = s >= 500 ? "error" : s === 401 || s === 403 ? "refused" : s === 404 ? "not-found" : s >= 400 ? "invalid" : "allowed";
  return { status: s, outcome, detail: text.slice(0, 300) };
}

/** Opens a page as a browser's first request would, and classifies the answer: a sign-in redirect is a refusal. */
export async function callPage(path: string, cookie: string | null): Promise<Answer> {
  const response = await fetch(`${BASE_URL}${path}`, { redirect: "manual", headers: { accept: "text/html", ...(cookie ? { cookie } : {}) } });
  const text = await response.text();
  const s = response.status;
  const to = s >= 300 && s < 400 ? new URL(response.headers.get("location") ?? "/", BASE_URL).pathname : null;
  const outcome: Outcome =
    s >= 500 ? "error" : s === 401 || s === 403 || to === "/signin" || to === "/auth/ended" ? "refused" : s === 404 ? "not-found" : s >= 400 ? "invalid" : "allowed";
  return { status: s, outcome, detail: to ? `→ ${to}` : text.slice(0, 300) };
}
