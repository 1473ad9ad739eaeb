import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { jobQueue } from "@/lib/db/job-queue";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, newClaim, type People } from "@/lib/testing/workspace-fixtures";
import { fetchSourceAgainJob, fetchSourceForClaimJob, workOnSourceFetches } from "./source-fetch";

// Fetches by URL go through the job queue (in-process on SQLite, pg-boss rows on PostgreSQL) to a
// real server on 127.0.0.1, which this worker, and only it, is allowed to reach.
const hits: string[] = [];
let server: http.Server;
let base: string;
let t: TestDb;
let people: People;
let bulletin: Bulletin;

const PAGE = `<!doctype html><html><head><title>区统计局公报</title></head><body><article><h1>公报</h1><p>全年新建公园14个，比上年多3个。</p><p>绿地面积增长百分之六。</p></article></body></html>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/gone") {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ETag: '"p1"' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
  await workOnSourceFetches(t.db, { allowHosts: new Set(["127.0.0.1"]) });
});
afterAll(async () => {
  await jobQueue(t.url).stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.cleanup();
});

const input = (path: string) => ({ url: `${base}${path}`, kind: "OFFICIAL" as const, credibility: 4 });

describe("fetching a source by URL as a background job", () => {
  it("stores the fetched page and answers the request that queued it; a retry with the same key fetches nothing", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const result = await fetchSourceForClaimJob(t.db, people.reviewer, claim.id, input("/parks"), "fetch-job-key-0001");
    expect(result).toMatchObject({ reused: false, title: "区统计局公报" });
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: result.sourceId } });
    expect(snapshot.text).toContain("全年新建公园14个");
    expect(snapshot.httpStatus).toBe(200);
    const count = hits.length;
    expect(await fetchSourceForClaimJob(t.db, people.reviewer, claim.id, input("/parks"), "fetch-job-key-0001")).toEqual(result);
    expect(hits.length).toBe(count);
    expect(await t.db.source.count({ where: { url: `${base}/parks` } })).toBe(1);
  }, 60_000);

  it("hands the fetch's refusal back to the request, in the catalogue's words, and does not retry it", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const count = hits.length;
    const error = await expectAppError(fetchSourceForClaimJob(t.db, people.reviewer, claim.id, input("/gone")), "bad_request");
    expect(error.msg).toEqual({ key: "fetch.httpStatus", params: { status: 404 } });
    expect(error.messageIn("zh")).toContain("HTTP 404");
    expect(hits.length).toBe(count + 1);
    expect(await t.db.source.count({ where: { url: `${base}/gone` } })).toBe(0);
  }, 60_000);

  it("checks permissions in the job as in the request: a deactivated member is refused before any fetch", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const count = hits.length;
    await expectAppError(fetchSourceForClaimJob(t.db, { ...people.reviewer, active: false }, claim.id, input("/other")), "forbidden");
    expect(hits.length).toBe(count);
  }, 60_000);

  it("fetches again as a job: an unchanged page stores no snapshot", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId } = await fetchSourceForClaimJob(t.db, people.reviewer, claim.id, input("/again"));
    expect(await fetchSourceAgainJob(t.db, people.reviewer, sourceId)).toEqual({ changed: false });
    expect(await t.db.sourceSnapshot.count({ where: { sourceId } })).toBe(1);
  }, 60_000);
});
