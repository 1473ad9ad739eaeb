import { STATUS_CODES } from "node:http";
import { WARCRecord, WARCSerializer } from "warcio";
import { USER_AGENT } from "./fetch-url";

export type ArchivedSnapshot = {
  id: string;
  finalUrl: string;
  httpStatus: number;
  httpHeaders: string;
  fetchedAt: Date;
  bytes: Uint8Array;
  requestHeaders?: [string, string][];
};

// The stored body is the payload as delivered (de-chunked), so the framing headers are rewritten to
// describe it; a reader of the archive would otherwise try to de-chunk it again.
function payloadHeaders(stored: [string, string][], length: number): [string, string][] {
  const kept = stored.filter(([name]) => !/^(transfer-encoding|content-length)$/i.test(name));
  return [...kept, ["Content-Length", String(length)]];
}

/**
 * One snapshot fetched by URL as a WARC/1.1 file (ISO 28500): a warcinfo record, the response
 * record (status line, HTTP headers and the bytes as received) and the request record that got it.
 */
export async function warcOf(snapshot: ArchivedSnapshot, software: string): Promise<Uint8Array> {
  const date = snapshot.fetchedAt.toISOString();
  const url = snapshot.finalUrl;
  const host = new URL(url).host;
  const info = WARCRecord.createWARCInfo(
    { filename: `${snapshot.id}.warc`, warcVersion: "WARC/1.1", date },
    { software, format: "WARC File Format 1.1", conformsTo: "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/" },
  );
  const headers = payloadHeaders(JSON.parse(snapshot.httpHeaders) as [string, string][], snapshot.bytes.length);
  const response = WARCRecord.create(
    { url, date, type: "response", warcVersion: "WARC/1.1", statusline: `HTTP/1.1 ${snapshot.httpStatus} ${STATUS_CODES[snapshot.httpStatus] ?? ""}`.trim(), httpHeaders: headers, keepHeadersCase: true },
    [snapshot.bytes],
  );
  const path = new URL(url);
  const request = WARCRecord.create({
    url, date, type: "request", warcVersion: "WARC/1.1", keepHeadersCase: true,
    statusline: `GET ${path.pathname}${path.search} HTTP/1.1`,
    httpHeaders: snapshot.requestHeaders ?? [["Host", host], ["User-Agent", USER_AGENT], ["Accept", "*/*"], ["Accept-Encoding", "identity"]],
    warcHeaders: { "WARC-Concurrent-To": response.warcHeaders.headers.get("WARC-Record-ID") ?? "" },
  });
  const parts: Uint8Array[] = [];
  for (const record of [info, response, request]) parts.push(await WARCSerializer.serialize(record, { gzip: false }));
  return new Uint8Array(Buffer.concat(parts));
}
