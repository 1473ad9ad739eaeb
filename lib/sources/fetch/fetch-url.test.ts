import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fetchUrl, MAX_FETCH_BYTES } from "./fetch-url";

// A real HTTP server on 127.0.0.1 (an ephemeral port), allowed by name as SOURCE_FETCH_ALLOW_HOSTS would.
const allowHosts = new Set(["127.0.0.1"]);
let server: http.Server;
let base: string;
let port: number;
const big = Buffer.alloc(MAX_FETCH_BYTES + 1024, 0x61);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ETag: '"v1"', "Last-Modified": "Tue, 01 Dec 2026 08:00:00 GMT" });
      return res.end("<html><body><p>全市新建学校12所。</p></body></html>");
    }
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : "/page" });
      return res.end();
    }
    if (path === "/to-localhost") {
      res.writeHead(301, { Location: `http://localhost:${port}/page` });
      return res.end();
    }
    if (path === "/to-private") {
      res.writeHead(307, { Location: "http://10.0.0.1/" });
      return res.end();
    }
    if (path === "/to-metadata") {
      res.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" });
      return res.end();
    }
    if (path === "/to-decimal") {
      res.writeHead(302, { Location: "http://2130706434/" });
      return res.end();
    }
    if (path === "/to-file") {
      res.writeHead(302, { Location: "file:///etc/passwd" });
      return res.end();
    }
    if (path === "/big-declared") {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": String(big.length) });
      return res.end(big);
    }
    if (path === "/big-chunked") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return res.end(big);
    }
    if (path === "/big-unframed") {
      // No Content-Length and no chunks: the body ends when the connection does.
      res.socket?.end(Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"), big]));
      return;
    }
    if (path === "/big-lying") {
      // Claims 100 bytes and keeps sending.
      res.socket?.end(Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n"), big]));
      return;
    }
    if (path === "/slow") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("first part ");
      const timer = setTimeout(() => res.end("too late"), 5_000);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    if (path === "/conditional") {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "text/plain", ETag: '"v1"' });
      return res.end("unchanged body");
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("missing");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function refusal(promise: Promise<unknown>): Promise<{ key: string; params?: Record<string, unknown> }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).msg as { key: string; params?: Record<string, unknown> };
}

describe("fetchUrl against a local server", () => {
  it("stores the bytes with status, type, validators and their SHA-256", async () => {
    const page = await fetchUrl(`${base}/page`, { allowHosts });
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(`${base}/page`);
    expect(page.contentType).toBe("text/html; charset=utf-8");
    expect(page.etag).toBe('"v1"');
    expect(page.lastModified).toBe("Tue, 01 Dec 2026 08:00:00 GMT");
    expect(Buffer.from(page.bytes).toString("utf8")).toContain("全市新建学校12所");
    expect(page.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(page.headers.some(([name]) => name.toLowerCase() === "etag")).toBe(true);
  });

  it("follows a chain of redirects to the final URL, and refuses a longer one", async () => {
    const page = await fetchUrl(`${base}/hop/4`, { allowHosts });
    expect(page.finalUrl).toBe(`${base}/page`);
    expect(page.requestedUrl).toBe(`${base}/hop/4`);
    expect((await refusal(fetchUrl(`${base}/hop/5`, { allowHosts }))).key).toBe("fetch.tooManyRedirects");
  });

  it("refuses a redirect to a name that resolves to loopback (checked at connect time)", async () => {
    const msg = await refusal(fetchUrl(`${base}/to-localhost`, { allowHosts, ports: new Set([port]) }));
    expect(msg.key).toBe("fetch.refusedAddress");
    expect(msg.params).toMatchObject({ host: "localhost", kind: "loopback" });
  });

  it.each([
    ["/to-private", "private"],
    ["/to-metadata", "metadata"],
    ["/to-decimal", "loopback"],
  ])("refuses the redirect %s (%s) before connecting", async (path, kind) => {
    const msg = await refusal(fetchUrl(`${base}${path}`, { allowHosts }));
    expect(msg).toMatchObject({ key: "fetch.refusedAddress", params: { kind } });
  });

  it("refuses a redirect to another scheme", async () => {
    expect(await refusal(fetchUrl(`${base}/to-file`, { allowHosts }))).toMatchObject({ key: "fetch.scheme", params: { scheme: "file" } });
  });

  it("refuses loopback unless the host is allowed by name", async () => {
    expect((await refusal(fetchUrl(`${base}/page`, { allowHosts: new Set() }))).params).toMatchObject({ kind: "loopback", address: "127.0.0.1" });
    expect((await refusal(fetchUrl(`http://0177.0.0.1:${port}/page`, { allowHosts: new Set() }))).params).toMatchObject({ kind: "loopback" });
  });

  it.each(["/big-declared", "/big-chunked", "/big-unframed"])("refuses a body over 10 MB (%s)", async (path) => {
    expect((await refusal(fetchUrl(`${base}${path}`, { allowHosts }))).key).toBe("fetch.tooLarge");
  });

  it("never takes more than a Content-Length that lies about a larger body", async () => {
    // Node's parser stops at the declared length; what follows is a protocol error, not page bytes.
    const page = await fetchUrl(`${base}/big-lying`, { allowHosts }).catch((e: AppError) => e);
    if (page instanceof AppError) expect(["fetch.unreachable", "fetch.tooLarge"]).toContain(page.msg.key);
    else expect(page.bytes.length).toBe(100);
  });

  it("gives up on a slow server after the timeout", async () => {
    const started = Date.now();
    expect(await refusal(fetchUrl(`${base}/slow`, { allowHosts, timeoutMs: 400 }))).toMatchObject({ key: "fetch.timeout" });
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("says what an error status was", async () => {
    expect(await refusal(fetchUrl(`${base}/missing`, { allowHosts }))).toMatchObject({ key: "fetch.httpStatus", params: { status: 404 } });
  });

  it("sends the stored ETag and reports 304 as not modified", async () => {
    const page = await fetchUrl(`${base}/conditional`, { allowHosts, conditional: { etag: '"v1"' } });
    expect(page.notModified).toBe(true);
    expect(page.bytes.length).toBe(0);
  });

  it.each([["ftp://127.0.0.1/x", "fetch.scheme"], ["not a url", "fetch.badUrl"], ["http://user:pw@example.com/", "fetch.credentials"], ["http://example.com:25/", "fetch.port"]])(
    "refuses %s",
    async (url, key) => {
      expect((await refusal(fetchUrl(url, { allowHosts: new Set() }))).key).toBe(key);
    },
  );
});
