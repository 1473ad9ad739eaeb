// A web server of the suite's own on 127.0.0.1 (an ephemeral port), serving the pages sources are
// fetched from; the app servers allow 127.0.0.1 through SOURCE_FETCH_ALLOW_HOSTS (scripts/e2e-servers.ts).
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Page = { body: string; type?: string; etag?: string };

export type SourceServer = { origin: string; pages: Map<string, Page>; close: () => Promise<void> };

export async function startSourceServer(): Promise<SourceServer> {
  const pages = new Map<string, Page>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const redirect = /^\/go(\/.*)$/.exec(path);
    if (redirect) {
      res.writeHead(302, { Location: redirect[1] });
      return res.end();
    }
    const page = pages.get(path) ?? (path.startsWith("/any/") ? { body: "<html><body><p>全市新建学校12所，比上年增加3所。</p></body></html>" } : undefined);
    if (!page) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("not here");
    }
    if (page.etag && req.headers["if-none-match"] === page.etag) {
      res.writeHead(304, { ETag: page.etag });
      return res.end();
    }
    res.writeHead(200, { "Content-Type": page.type ?? "text/html; charset=utf-8", ...(page.etag ? { ETag: page.etag } : {}) });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  server.unref();
  return { origin, pages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let shared: Promise<SourceServer> | undefined;
/** One server for a whole spec file, started on first use. */
export function sourceServer(): Promise<SourceServer> {
  shared ??= startSourceServer();
  return shared;
}
