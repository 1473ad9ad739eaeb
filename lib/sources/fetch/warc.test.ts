import { describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import { warcOf } from "./warc";

const BODY = new TextEncoder().encode("<!doctype html><p>全年地区生产总值比上年增长5.2%。</p>");
const snapshot = {
  id: "snap1",
  finalUrl: "https://stats.example.gov.cn/release/2025.html?lang=zh",
  httpStatus: 200,
  httpHeaders: JSON.stringify([["Content-Type", "text/html; charset=utf-8"], ["ETag", '"r1"'], ["Transfer-Encoding", "chunked"]]),
  fetchedAt: new Date("2026-12-01T08:30:00.000Z"),
  bytes: BODY,
};

describe("warcOf", () => {
  it("writes warcinfo, response and request records that warcio reads back", async () => {
    const warc = await warcOf(snapshot, "Claimdesk test");
    const records = [];
    for await (const record of new WARCParser([warc])) {
      records.push({
        type: record.warcType,
        uri: record.warcTargetURI,
        date: record.warcDate,
        id: record.warcHeader("WARC-Record-ID"),
        concurrentTo: record.warcHeader("WARC-Concurrent-To"),
        version: record.warcHeaders.protocol,
        status: record.httpHeaders?.statusCode,
        statusline: record.httpHeaders?.statusline,
        etag: record.httpHeaders?.headers.get("ETag"),
        framing: record.httpHeaders?.headers.get("Transfer-Encoding"),
        length: record.httpHeaders?.headers.get("Content-Length"),
        payloadDigest: record.warcPayloadDigest,
        content: await record.readFully(true),
      });
    }
    expect(records.map((r) => r.type)).toEqual(["warcinfo", "response", "request"]);
    expect(records.every((r) => r.version === "WARC/1.1")).toBe(true);
    const [info, response, request] = records;
    expect(new TextDecoder().decode(info.content)).toContain("software: Claimdesk test");
    expect(response).toMatchObject({ uri: snapshot.finalUrl, date: "2026-12-01T08:30:00.000Z", status: 200, etag: '"r1"', framing: null, length: String(BODY.length) });
    expect(Buffer.from(response.content).equals(Buffer.from(BODY))).toBe(true);
    expect(response.payloadDigest).toMatch(/^sha256:/);
    expect(request).toMatchObject({ uri: snapshot.finalUrl, statusline: "GET /release/2025.html?lang=zh HTTP/1.1", concurrentTo: response.id });
  });
});
