import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";

// Server logs. LOG_FORMAT=json writes one JSON object a line (pino), each with the request id of
// the request it belongs to, for a log collector; otherwise short text lines. The request context
// is shared through a global symbol: the HTTP server sets it, the app's modules (bundled by Next)
// read it.

type RequestContext = { requestId: string };

const KEY = Symbol.for("claimdesk.log");
type Shared = { context: AsyncLocalStorage<RequestContext>; logger: Logger | null };

function shared(): Shared {
  const g = globalThis as unknown as Record<symbol, Shared | undefined>;
  return (g[KEY] ??= {
    context: new AsyncLocalStorage<RequestContext>(),
    logger: process.env.LOG_FORMAT === "json" ? pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }) : null,
  });
}

/** Runs `fn` as part of the request with this id: every log line it writes carries the id. */
export function withRequest<T>(requestId: string, fn: () => T): T {
  return shared().context.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return shared().context.getStore()?.requestId;
}

export function logInfo(message: string, fields: Record<string, unknown> = {}): void {
  const { logger } = shared();
  if (logger) logger.info({ reqId: currentRequestId(), ...fields }, message);
  else console.log(Object.keys(fields).length ? `${message} ${JSON.stringify(fields)}` : message);
}

/** An error the user did not cause: logged in full here, shown to the user as a generic message. */
export function logError(message: string, error?: unknown): void {
  const { logger } = shared();
  if (logger) logger.error({ reqId: currentRequestId(), err: error instanceof Error ? error : error === undefined ? undefined : { message: String(error) } }, message);
  else console.error(message, error ?? "");
}

/** One line per request when logging JSON (text mode stays quiet about requests). */
export function logRequest(fields: { method?: string; path: string; status: number; ms: number; requestId: string }): void {
  const { logger } = shared();
  if (logger) logger.info({ reqId: fields.requestId, method: fields.method, path: fields.path, status: fields.status, ms: Math.round(fields.ms) }, "request");
}
