import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_BODY_BYTES } from "./csrf";
import { jsonBody } from "./response";
import { writeRoute } from "./write-route";

// The proxy does not run for /api/v1: these are the checks it made there.

const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));

describe("the JSON API's mutations", () => {
  it("every POST, PUT, PATCH and DELETE under app/api/v1 goes through writeRoute", () => {
    const mutations = routeFiles(path.resolve("app/api/v1")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/export\s+(?:const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b(.{0,30})/g)].map((m) => ({ file, method: m[1], rest: m[2] })),
    );
    expect(mutations.length).toBeGreaterThan(0);
    for (const m of mutations) expect(m.rest, `${m.method} in ${m.file}`).toMatch(/^\s*=\s*writeRoute\b/);
  });

  it("refuses a cross-site or unverifiable request before anything runs, in the caller's language", async () => {
    const handler = vi.fn(async () => new Response("{}"));
    const post = writeRoute(handler);
    const send = (headers: Record<string, string>) =>
      post(new Request("http://claimdesk.test/api/v1/users", { method: "POST", headers: { host: "claimdesk.test", "content-type": "application/json", cookie: "s=1", ...headers }, body: "{}" }));
    for (const origin of [{ origin: "https://evil.test" }, { origin: "null" }, {}] as Record<string, string>[]) {
      const response = await send(origin);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatchObject({ code: "forbidden", key: "request.crossSite" });
    }
    const zh = await send({ origin: "https://evil.test", "accept-language": "zh-CN" });
    expect((await zh.json()).error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("stops reading a body past the limit, declared or streamed", async () => {
    const json = { "content-type": "application/json" };
    const declared = new Request("http://claimdesk.test/", { method: "POST", headers: { ...json, "content-length": String(MAX_BODY_BYTES + 1) }, body: "{}" });
    await expect(jsonBody(declared)).rejects.toMatchObject({ code: "too_large" });
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request("http://claimdesk.test/", { method: "POST", headers: json, body: stream, duplex: "half" } as RequestInit);
    const error = await jsonBody(streamed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("too_large");
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
    expect(await jsonBody(new Request("http://claimdesk.test/", { method: "POST", headers: json, body: '{"a":[1]}' }))).toEqual({ a: [1] });
  });
});
