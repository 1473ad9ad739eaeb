import { createHash } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { AppError } from "@/lib/errors";
import { message } from "@/lib/i18n/catalogue";
import { formatSize } from "@/lib/ingest/size";
import { ALLOWED_PORTS, allowedHosts, bareHost, refusalFor } from "./address-policy";

export const MAX_FETCH_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = "Claimdesk source archiver (+https://github.com/claimdesk)";

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** The response's headers as received, names in their own case. */
  headers: [string, string][];
  /** The request line's headers, for the WARC request record. */
  requestHeaders: [string, string][];
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
  sha256: string;
  fetchedAt: Date;
  /** 304: the server says the copy named by `conditional` is still current; no bytes came. */
  notModified: boolean;
};

export type FetchOptions = {
  /** ETag and Last-Modified of the copy already held, sent as If-None-Match / If-Modified-Since. */
  conditional?: { etag?: string | null; lastModified?: string | null };
  timeoutMs?: number;
  maxBytes?: number;
  allowHosts?: Set<string>;
  /** Ports open on hosts not in allowHosts; ALLOWED_PORTS by default. */
  ports?: Set<number>;
};

const fetchError = (key: Parameters<typeof message>[0], params?: Parameters<typeof message>[1]) => new AppError("bad_request", message(key, params));

function refused(host: string, address: string, allow: Set<string>): AppError | null {
  if (allow.has(host.toLowerCase())) return null;
  const refusal = refusalFor(address);
  return refusal ? fetchError("fetch.refusedAddress", { host, address, kind: refusal, same: host === address ? "yes" : "no" }) : null;
}

/**
 * Resolves like dns.lookup, and refuses the connection when any resolved address is not public.
 * Given to the socket itself, so the address checked is the address connected to: a name that
 * resolves to a public address for a first check and to 127.0.0.1 for the connection (DNS
 * rebinding) is refused all the same.
 */
function guardedLookup(allow: Set<string>): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(Object.assign(fetchError("fetch.dnsFailed", { host: hostname }), { code: "ENOTFOUND" }), "", 0);
      for (const entry of addresses) {
        const refusal = refused(hostname, entry.address, allow);
        if (refusal) return callback(refusal as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** Refuses a URL before any connection: a scheme other than http(s), a closed port, an address literal that is not public. */
function checkUrl(url: URL, allow: Set<string>, ports: Set<number>): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fetchError("fetch.scheme", { scheme: url.protocol.replace(/:$/, "") });
  if (url.username || url.password) throw fetchError("fetch.credentials");
  const host = bareHost(url.hostname);
  // Sockets skip the lookup for an address literal, so a literal is checked here.
  if (isIP(host)) {
    const literal = refused(host, host, allow);
    if (literal) throw literal;
  }
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  if (!allow.has(host.toLowerCase()) && !ports.has(port)) throw fetchError("fetch.port", { port, ports: [...ports].join(", ") });
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

function get(url: URL, headers: Record<string, string>, allow: Set<string>, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false: a socket of its own, so a kept-alive connection never skips the lookup.
    const request = client.get(url, { headers, lookup: guardedLookup(allow), agent: false, signal }, resolve);
    request.on("error", reject);
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"]);
  const tooLarge = () => fetchError("fetch.tooLarge", { limit: formatSize(maxBytes) });
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // Counted as it arrives: a missing or false Content-Length changes nothing.
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function translated(error: unknown, url: URL, signal: AbortSignal, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  if (signal.aborted) return fetchError("fetch.timeout", { seconds: Math.round(timeoutMs / 1000) });
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return fetchError("fetch.dnsFailed", { host: url.hostname });
  return fetchError("fetch.unreachable", { host: url.host });
}

/**
 * Fetches a page for a source snapshot: GET only, redirects followed (at most MAX_REDIRECTS, each
 * hop checked like the first), only public addresses (see address-policy.ts), at most
 * MAX_FETCH_BYTES and FETCH_TIMEOUT_MS in all. Every refusal is an AppError with a catalogue message.
 */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const allow = options.allowHosts ?? allowedHosts();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw fetchError("fetch.badUrl");
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const requestHeaders: Record<string, string> = { "User-Agent": USER_AGENT, Accept: "*/*", "Accept-Encoding": "identity" };
  if (options.conditional?.etag) requestHeaders["If-None-Match"] = options.conditional.etag;
  if (options.conditional?.lastModified) requestHeaders["If-Modified-Since"] = options.conditional.lastModified;
  try {
    for (let hop = 0; ; hop++) {
      checkUrl(url, allow, options.ports ?? ALLOWED_PORTS);
      const response = await get(url, requestHeaders, allow, controller.signal).catch((error) => {
        throw translated(error, url, controller.signal, timeoutMs);
      });
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        response.resume();
        if (hop >= MAX_REDIRECTS) throw fetchError("fetch.tooManyRedirects", { max: MAX_REDIRECTS });
        try {
          url = new URL(location, url);
        } catch {
          throw fetchError("fetch.badUrl");
        }
        continue;
      }
      const notModified = status === 304;
      if (!notModified && (status < 200 || status > 299)) {
        response.resume();
        throw fetchError("fetch.httpStatus", { status });
      }
      const bytes = notModified ? new Uint8Array() : await readBody(response, maxBytes).catch((error) => {
        throw translated(error, url, controller.signal, timeoutMs);
      });
      const header = (name: string) => {
        const value = response.headers[name];
        return (Array.isArray(value) ? value[0] : value) ?? null;
      };
      return {
        requestedUrl: input,
        finalUrl: url.href,
        status,
        headers: pairs(response.rawHeaders),
        requestHeaders: [["Host", url.host], ...Object.entries(requestHeaders)],
        contentType: header("content-type"),
        etag: header("etag"),
        lastModified: header("last-modified"),
        bytes,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        fetchedAt: new Date(),
        notModified,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
