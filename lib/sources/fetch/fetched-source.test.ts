import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createPeople, expectAppError, importFixture, newClaim, type People } from "@/lib/testing/workspace-fixtures";
import { addEvidence } from "../evidence";
import { fetchSourceAgain, fetchSourceForClaim } from "./fetched-source";

// A real server on 127.0.0.1 whose page the test changes; the database is a throw-away SQLite file.
const allowHosts = new Set(["127.0.0.1"]);
const options = { allowHosts };
const pages = new Map<string, { body: string; type: string; etag?: string }>();
const hits: { path: string; ifNoneMatch?: string }[] = [];
let server: http.Server;
let base: string;
let t: TestDb;
let people: People;
let bulletin: Bulletin;

const RELEASE = (growth: string) =>
  `<!doctype html><html><head><title>区统计局 2025年国民经济公报</title></head><body><nav>首页 | 数据</nav><article><h1>2025年国民经济公报</h1>` +
  `<p>全年地区生产总值比上年增长${growth}，其中第三产业增加值占比过半。</p><p>全年接待游客约三百二十万人次，旅游收入比上年增长百分之九。</p></article></body></html>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    hits.push({ path: req.url ?? "", ifNoneMatch: req.headers["if-none-match"] });
    if (req.url === "/moved") {
      res.writeHead(301, { Location: "/release" });
      return res.end();
    }
    if (!page) {
      res.writeHead(404);
      return res.end();
    }
    if (page.etag && req.headers["if-none-match"] === page.etag) {
      res.writeHead(304, { ETag: page.etag });
      return res.end();
    }
    res.writeHead(200, { "Content-Type": page.type, ...(page.etag ? { ETag: page.etag } : {}) });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestDb();
  people = await createPeople(t.db);
  bulletin = await importFixture(t.db, people.editor);
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t?.cleanup();
});

const input = (url: string) => ({ url, kind: "OFFICIAL" as const, credibility: 4 });

describe("fetchSourceForClaim", () => {
  it("stores the page's bytes, readable text and HTTP facts as the first snapshot, after a redirect", async () => {
    pages.set("/release", { body: RELEASE("5.2%"), type: "text/html; charset=utf-8", etag: '"r1"' });
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const result = await fetchSourceForClaim(t.db, people.reviewer, claim.id, input(`${base}/moved`), undefined, options);
    expect(result).toMatchObject({ reused: false, title: "区统计局 2025年国民经济公报" });
    const source = await t.db.source.findUniqueOrThrow({ where: { id: result.sourceId }, include: { snapshots: true, claims: true } });
    expect(source.url).toBe(`${base}/moved`);
    expect(source.claims.map((c) => c.claimId)).toEqual([claim.id]);
    const [snapshot] = source.snapshots;
    expect(snapshot).toMatchObject({
      requestedUrl: `${base}/moved`, finalUrl: `${base}/release`, httpStatus: 200, httpContentType: "text/html; charset=utf-8",
      etag: '"r1"', contentType: "text/plain; from=html", createdById: people.reviewer.id,
    });
    expect(snapshot.text).toContain("全年地区生产总值比上年增长5.2%");
    expect(snapshot.text).not.toContain("首页 | 数据");
    expect(Buffer.from(snapshot.bytes!).toString("utf8")).toBe(RELEASE("5.2%"));
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.fetchedAt).toBeInstanceOf(Date);
    expect(JSON.parse(snapshot.httpHeaders!)).toContainEqual(["ETag", '"r1"']);
  });

  it("reads CSV as text, and refuses a type it cannot read without storing anything", async () => {
    pages.set("/table.csv", { body: "指标,2024年,2025年\n粮食产量(万吨),69541,70650\n", type: "text/csv" });
    pages.set("/image", { body: "GIF89a", type: "image/gif" });
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId } = await fetchSourceForClaim(t.db, people.reviewer, claim.id, { ...input(`${base}/table.csv`), title: "粮食产量表" }, undefined, options);
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
    expect(snapshot.text).toBe("指标\t2024年\t2025年\n粮食产量(万吨)\t69541\t70650");
    expect(snapshot.contentType).toBe("text/plain; from=csv");
    const before = await t.db.source.count();
    expect((await expectAppError(fetchSourceForClaim(t.db, people.reviewer, claim.id, input(`${base}/image`), undefined, options), "bad_request")).msg.key).toBe("fetch.unsupportedType");
    expect(await t.db.source.count()).toBe(before);
  });

  it("refuses loopback by default, before anything is stored", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const before = await t.db.source.count();
    expect((await expectAppError(fetchSourceForClaim(t.db, people.reviewer, claim.id, input(`${base}/release`), undefined, { allowHosts: new Set() }), "bad_request")).msg.key).toBe("fetch.refusedAddress");
    expect(await t.db.source.count()).toBe(before);
  });

  it("refuses a deactivated member before fetching", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const count = hits.length;
    await expectAppError(fetchSourceForClaim(t.db, { ...people.reviewer, active: false }, claim.id, input(`${base}/release`), undefined, options), "forbidden");
    expect(hits.length).toBe(count);
  });
});

describe("fetchSourceAgain", () => {
  const PASSAGE = "全年接待游客约三百二十万人次";

  async function quotedSource(path: string) {
    pages.set(path, { body: RELEASE("5.2%"), type: "text/html; charset=utf-8", etag: '"a"' });
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { sourceId } = await fetchSourceForClaim(t.db, people.reviewer, claim.id, input(`${base}${path}`), undefined, options);
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId } });
    const start = snapshot.text.indexOf(PASSAGE);
    const { id } = await addEvidence(t.db, people.reviewer, { claimId: claim.id, sourceId, snapshotId: snapshot.id, start, end: start + PASSAGE.length, stance: "SUPPORTS" });
    return { claim, sourceId, snapshot, evidenceId: id };
  }

  it("stores nothing when the server answers 304 to the stored ETag", async () => {
    const { sourceId, snapshot, evidenceId } = await quotedSource("/same");
    const result = await fetchSourceAgain(t.db, people.reviewer, sourceId, undefined, options);
    expect(result).toEqual({ changed: false });
    expect(hits.at(-1)).toEqual({ path: "/same", ifNoneMatch: '"a"' });
    expect(await t.db.sourceSnapshot.count({ where: { sourceId } })).toBe(1);
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).snapshotId).toBe(snapshot.id);
  });

  it("stores nothing when the bytes are the same under a new ETag", async () => {
    const { sourceId } = await quotedSource("/same-bytes");
    pages.set("/same-bytes", { body: RELEASE("5.2%"), type: "text/html; charset=utf-8", etag: '"b"' });
    expect(await fetchSourceAgain(t.db, people.reviewer, sourceId, undefined, options)).toEqual({ changed: false });
    expect(await t.db.sourceSnapshot.count({ where: { sourceId } })).toBe(1);
  });

  it("stores a new snapshot when the page changed and re-anchors the evidence on it", async () => {
    const { claim, sourceId, snapshot, evidenceId } = await quotedSource("/changed");
    pages.set("/changed", { body: RELEASE("5.4%").replace("<article>", "<article><p>（修订版）</p>"), type: "text/html; charset=utf-8", etag: '"c"' });
    const result = await fetchSourceAgain(t.db, people.reviewer, sourceId, undefined, options);
    expect(result).toMatchObject({ changed: true, reanchored: 1, orphaned: 0, waiting: 0 });
    const snapshots = await t.db.sourceSnapshot.findMany({ where: { sourceId }, orderBy: { takenAt: "asc" } });
    expect(snapshots).toHaveLength(2);
    const newest = snapshots[1];
    expect(newest).toMatchObject({ etag: '"c"', httpStatus: 200 });
    expect(newest.sha256).not.toBe(snapshot.sha256);
    const evidence = await t.db.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
    expect(evidence.snapshotId).toBe(newest.id);
    expect(newest.text.slice(evidence.start, evidence.end)).toBe(PASSAGE);
    expect(evidence.anchor).toBe("REANCHORED");
    const audit = await t.db.auditEntry.findMany({ where: { entityId: claim.id, action: "claim.reanchor" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a source without a web address", async () => {
    const claim = await newClaim(t.db, bulletin, "医院3家");
    const { addSourceToClaim } = await import("../service");
    const { sourceId } = await addSourceToClaim(t.db, people.reviewer, claim.id, { title: "手抄", kind: "OTHER", credibility: 2 }, "一段文字。", "text/plain");
    expect((await expectAppError(fetchSourceAgain(t.db, people.reviewer, sourceId, undefined, options), "bad_request")).msg.key).toBe("fetch.noUrl");
  });
});
