import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import next from "next";
import { beginShutdown, runShutdownHooks } from "./lifecycle";
import { randomUUID } from "node:crypto";
import { handleBaseline } from "./bench-baseline";
import { refuseBadPath } from "./bad-path";
import { logError, logRequest, withRequest } from "./log";
import { PEER_HEADER } from "@/lib/http/client-ip";

// One server process: Next.js behind a plain Node HTTP server whose lifecycle Claimdesk owns, so
// a SIGTERM stops it cleanly: stop accepting, let in-flight requests finish within a deadline,
// close keep-alive sockets as soon as they are idle, close the database, exit. It also hands the
// app the socket's address (lib/http/client-ip.ts) for per-client throttling.

export type ServeOptions = { root: string; port: number; shutdownTimeoutMs: number; log: (message: string) => void };

const UNAVAILABLE = JSON.stringify({ error: { code: "unavailable", message: "The server is restarting. Try again in a moment." } });

export async function serveApp(options: ServeOptions): Promise<{ port: number; shutdown: () => Promise<void> }> {
  // Tells the app the peer header comes from this server; without it the header is not believed.
  process.env.CLAIMDESK_PEER_HEADER = "1";
  const app = next({ dev: false, dir: options.root, port: options.port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const active = new Set<http.ServerResponse>();
  let drained: (() => void) | undefined;

  const server = http.createServer((request, response) => {
    if (stopping) {
      // A request that raced the shutdown on a kept-alive socket: refuse it, so no write starts now.
      response.writeHead(503, { "content-type": "application/json", connection: "close", "retry-after": "2" });
      response.end(UNAVAILABLE);
      return;
    }
    // Overwrites whatever a client sent: Next fills X-Forwarded-For in only when it is missing.
    request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "";
    active.add(response);
    response.on("close", () => {
      active.delete(response);
      if (stopping) {
        server.closeIdleConnections();
        if (active.size === 0) drained?.();
      }
    });
    // A proxy's request id (X-Request-Id) is kept, so its logs and these line up; else a new one.
    const given = request.headers["x-request-id"];
    const requestId = typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    response.setHeader("x-request-id", requestId);
    const started = performance.now();
    response.on("finish", () => logRequest({ method: request.method, path: (request.url ?? "").split("?")[0], status: response.statusCode, ms: performance.now() - started, requestId }));
    if (handleBaseline(request, response) || refuseBadPath(request, response)) return;
    withRequest(requestId, () => handle(request, response)).catch((error: unknown) => {
      logError("request failed", error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
      response.end();
    });
  });
  // Keep-alive a little longer than a proxy's usual 60 s idle timeout would be wrong here: the
  // proxy must close first, so idle sockets close after 5 s (Node's default), and headers get 60 s.
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 60_000;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // All interfaces, as `next start` does; put a reverse proxy in front in production (README, Deploy).
    server.listen(options.port, () => resolve());
  });

  // Port 0 (tests) takes any free port; the log line tells which.
  const port = (server.address() as AddressInfo).port;
  options.log(`Listening on port ${port}`);

  async function shutdown(): Promise<void> {
    if (stopping) return;
    stopping = true;
    beginShutdown();
    server.close();
    // Responses still being written close their socket afterwards instead of keeping it alive.
    for (const response of active) if (!response.headersSent) response.setHeader("connection", "close");
    server.closeIdleConnections();
    if (active.size > 0) {
      options.log(`Shutting down: waiting up to ${options.shutdownTimeoutMs / 1000} s for ${active.size} request(s) in flight…`);
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, options.shutdownTimeoutMs).unref();
      });
    }
    if (active.size > 0) options.log(`Shutting down: ${active.size} request(s) did not finish in time and were cut off.`);
    server.closeAllConnections();
    for (const socket of sockets) socket.destroy();
    await runShutdownHooks(options.log);
    await app.close().catch(() => {});
  }

  return { port, shutdown };
}
