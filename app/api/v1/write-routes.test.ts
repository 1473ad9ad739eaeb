import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appDb } from "@/lib/testing/app-db";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { claimWithText, createPeople, importFixture, ZH_BULLETIN, ZH_SOURCE, type People, type Person } from "@/lib/testing/workspace-fixtures";
import { createApiToken } from "@/lib/tokens/api-tokens";
import { POST as importBulletin } from "./bulletins/route";
import { POST as addBulletinSource } from "./bulletins/[id]/sources/route";
import { POST as addClaimSource } from "./claims/[id]/sources/route";
import { POST as checkFigure } from "./figures/[id]/check/route";
import { GET as importState } from "./imports/[id]/route";
import { POST as createUser } from "./users/route";

// The write routes of /api/v1 called as Next calls them (a Request, and the params as a promise),
// with real personal tokens on a throw-away database; URL sources come from a real server on 127.0.0.1.
vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));

let t: TestDb;
let people: People;
let server: http.Server;
let origin: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  appDb.current = t.db;
  people = await createPeople(t.db);
  for (const [name, person, scopes] of [
    ["editorRead", people.editor, ["read"]],
    ["editorWrite", people.editor, ["read", "write"]],
    ["editor2Write", people.editor2, ["read", "write"]],
    ["reviewerWrite", people.reviewer, ["read", "write"]],
    ["adminRead", people.admin, ["read"]],
  ] as const) {
    tokens[name] = (await createApiToken(t.db, person as Person, name, undefined, [...scopes])).secret;
  }
  server = http.createServer((req, res) => {
    if (req.url === "/release") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(`<!doctype html><html><head><title>市财政局报告</title></head><body><article><h1>预算执行</h1><p>${ZH_SOURCE}</p></article></body></html>`);
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.SOURCE_FETCH_ALLOW_HOSTS = "127.0.0.1";
});
afterAll(async () => {
  delete process.env.SOURCE_FETCH_ALLOW_HOSTS;
  await new Promise((resolve) => server?.close(resolve));
  await t?.cleanup();
});

type Call = { token?: string; body?: unknown; raw?: string; type?: string; headers?: Record<string, string> };

function request(path: string, { token, body, raw, type = "application/json", headers = {} }: Call): Request {
  return new Request(`http://localhost/api/v1${path}`, {
    method: "POST",
    // Without Accept-Language a caller is answered in Chinese, as the interface is; these read English.
    headers: { "content-type": type, "accept-language": "en", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: raw ?? JSON.stringify(body ?? {}),
  });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const key = () => `k${crypto.randomUUID().replaceAll("-", "")}`;

/** A bulletin of the editor's own, its claims with their figures. */
const freshBulletin = () => importFixture(t.db, people.editor);

async function figureOf(claimText: string, figureText: string) {
  const bulletin = await freshBulletin();
  const claim = claimWithText(bulletin.claims, claimText);
  const figure = claim.figures.find((f) => f.text === figureText)!;
  return { bulletin, claim, figure };
}

const sourceBody = { title: "市财政局报告", kind: "OFFICIAL", credibility: 5 };

describe("scopes", () => {
  it("refuses a read-only token on every write route with 403, in the caller's language, and writes nothing", async () => {
    const { claim, figure } = await figureOf("全年财政收入1.14亿元", "1.14亿元");
    const before = { bulletins: await t.db.bulletin.count(), sources: await t.db.source.count(), users: await t.db.user.count() };
    const calls = [
      () => importBulletin(request("/bulletins", { token: tokens.editorRead, body: { title: "只读", originalText: ZH_BULLETIN } })),
      () => addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorRead, body: { ...sourceBody, text: ZH_SOURCE } }), params(claim.id)),
      () => checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorRead, body: { version: claim.version, result: "NOT_FOUND" } }), params(figure.id)),
      () => createUser(request("/users", { token: tokens.adminRead, body: { name: "Via API", email: "via.api@example.com", password: "a long password", role: "REVIEWER" } })),
    ];
    for (const call of calls) {
      const { status, body } = await answer(await call());
      expect(status).toBe(403);
      expect(body.error).toMatchObject({ code: "forbidden", key: "token.scopeMissing" });
      expect(body.error.message).toMatch(/does not have the write scope/);
    }
    const zh = await answer(await importBulletin(request("/bulletins", { token: tokens.editorRead, body: {}, headers: { "accept-language": "zh-CN,zh;q=0.9" } })));
    expect(zh).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(zh.body.error.message).toMatch(/没有 write 权限范围/);
    expect({ bulletins: await t.db.bulletin.count(), sources: await t.db.source.count(), users: await t.db.user.count() }).toEqual(before);
  });

  it("refuses a call without a token or with a wrong one as 401", async () => {
    const missing = await answer(await importBulletin(request("/bulletins", { token: "cd_not-a-real-token", body: {} })));
    expect(missing).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
  });

  it("answers 415 to a body that is not sent as JSON, after the scope", async () => {
    const { claim, figure } = await figureOf("医院3家", "3家");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const calls = [
        importBulletin(request("/bulletins", { token: tokens.editorWrite, type, raw: "title=x" })),
        addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, type, raw: "text=x" }), params(claim.id)),
        checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, type, raw: "accept=true" }), params(figure.id)),
      ];
      for (const response of await Promise.all(calls)) {
        expect(await answer(response)).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type", key: "jsonContentType" } } });
      }
    }
    const notJson = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, raw: "{title:" })));
    expect(notJson).toMatchObject({ status: 400, body: { error: { key: "jsonBody" } } });
    const array = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, raw: "[1,2]" })));
    expect(array).toMatchObject({ status: 400, body: { error: { key: "jsonBody" } } });
  });
});

describe("POST /bulletins", () => {
  it("imports pasted text and answers the bulletin id and claim count; a retry with the same key gets the first answer", async () => {
    const requestKey = key();
    const send = () => importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "API 导入", originalText: ZH_BULLETIN, language: "zh" }, headers: { "idempotency-key": requestKey } }));
    const first = await answer(await send());
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ status: "done", id: expect.any(String), claims: expect.any(Number) });
    const row = await t.db.bulletin.findUniqueOrThrow({ where: { id: first.body.data.id }, include: { _count: { select: { claims: true } } } });
    expect(row).toMatchObject({ title: "API 导入", importedById: people.editor.id });
    expect(row._count.claims).toBe(first.body.data.claims);
    expect(first.body.data.claims).toBeGreaterThan(2);
    const again = await answer(await send());
    expect(again.body.data).toEqual(first.body.data);
    expect(await t.db.bulletin.count({ where: { title: "API 导入" } })).toBe(1);
  });

  it("takes the request key from the body as well", async () => {
    const requestKey = key();
    const send = () => importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "正文中的键", originalText: ZH_BULLETIN, requestKey } }));
    const first = await answer(await send());
    expect((await answer(await send())).body.data.id).toBe(first.body.data.id);
    expect(await t.db.bulletin.count({ where: { title: "正文中的键" } })).toBe(1);
  });

  it("imports a file sent as base64, read as an upload is", async () => {
    const { status, body } = await answer(
      await importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "文件导入", file: { name: "bulletin.md", base64: base64(`# 一季度\n\n${ZH_BULLETIN}`) } } })),
    );
    expect(status).toBe(201);
    const row = await t.db.bulletin.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(row.originalText).toContain("医院3家");
    expect(row.originalText).not.toContain("# ");
  });

  it("answers bad bodies with 400 and the field", async () => {
    const cases: [unknown, string][] = [
      [{ originalText: ZH_BULLETIN }, "title"],
      [{ title: "空", originalText: "   " }, "originalText"],
      [{ title: "语言", originalText: ZH_BULLETIN, language: "fr" }, "language"],
      [{ title: "文件", file: { name: "x.txt", base64: "not base64!" } }, "file.base64"],
      [{ title: "文件", file: { base64: base64("x") } }, "file.name"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answered } = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, body })));
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answered.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    const badKey = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "键", originalText: ZH_BULLETIN }, headers: { "idempotency-key": "short" } })));
    expect(badKey).toMatchObject({ status: 400, body: { error: { fields: { requestKey: [expect.any(String)] } } } });
    const unreadable = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "坏文件", file: { name: "x.exe", base64: base64("MZ") } } })));
    expect(unreadable.status).toBe(400);
  });

  it("refuses a reviewer, as the import page does", async () => {
    const { status, body } = await answer(await importBulletin(request("/bulletins", { token: tokens.reviewerWrite, body: { title: "审核员", originalText: ZH_BULLETIN } })));
    expect(status).toBe(403);
    expect(body.error.key).toBe("bulletin.onlyEditorImports");
  });

  it("lets only the importer poll an import by its id", async () => {
    const { body } = await answer(await importBulletin(request("/bulletins", { token: tokens.editorWrite, body: { title: "轮询", originalText: ZH_BULLETIN }, headers: { "idempotency-key": key() } })));
    const poll = (token: string) => importState(new Request(`http://localhost/api/v1/imports/${body.data.id}`, { headers: { authorization: `Bearer ${token}` } }), params(body.data.id));
    expect(await answer(await poll(tokens.editorRead))).toMatchObject({ status: 200, body: { data: { status: "done", id: body.data.id, claims: body.data.claims } } });
    expect((await poll(tokens.editor2Write)).status).toBe(404);
  });
});

describe("POST /claims/ID/sources", () => {
  it("attaches pasted text; a retry with the same key attaches the first source, not a second", async () => {
    const { claim } = await figureOf("全年财政收入1.14亿元", "1.14亿元");
    const requestKey = key();
    const send = () => addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.reviewerWrite, body: { ...sourceBody, title: "重试来源", text: ZH_SOURCE }, headers: { "idempotency-key": requestKey } }), params(claim.id));
    const first = await answer(await send());
    expect(first).toMatchObject({ status: 201, body: { data: { created: true, reused: false } } });
    const again = await answer(await send());
    expect(again.body.data.sourceId).toBe(first.body.data.sourceId);
    expect(await t.db.source.count({ where: { title: "重试来源" } })).toBe(1);
    expect(await t.db.claimSource.findUnique({ where: { claimId_sourceId: { claimId: claim.id, sourceId: first.body.data.sourceId } } })).toMatchObject({ attachedById: people.reviewer.id });
  });

  it("attaches a file sent as base64, an existing source by id, and a URL the server fetches", async () => {
    const { claim } = await figureOf("医院3家", "3家");
    const file = await answer(await addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, body: { ...sourceBody, title: "文件来源", file: { name: "report.txt", base64: base64(ZH_SOURCE) } } }), params(claim.id)));
    expect(file.status).toBe(201);
    const snapshot = await t.db.sourceSnapshot.findFirstOrThrow({ where: { sourceId: file.body.data.sourceId } });
    expect(snapshot).toMatchObject({ text: ZH_SOURCE, contentType: "text/plain; from=txt" });

    const other = await freshBulletin();
    const otherClaim = claimWithText(other.claims, "医院3家");
    const existing = await answer(await addClaimSource(request(`/claims/${otherClaim.id}/sources`, { token: tokens.editorWrite, body: { sourceId: file.body.data.sourceId } }), params(otherClaim.id)));
    expect(existing).toMatchObject({ status: 200, body: { data: { sourceId: file.body.data.sourceId, reused: true, created: false } } });
    expect(await t.db.claimSource.count({ where: { claimId: otherClaim.id } })).toBe(1);

    const url = `${origin}/release`;
    const fetched = await answer(await addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, body: { url, kind: "OFFICIAL", credibility: 4 } }), params(claim.id)));
    expect(fetched.status).toBe(201);
    const source = await t.db.source.findUniqueOrThrow({ where: { id: fetched.body.data.sourceId }, include: { snapshots: true } });
    expect(source).toMatchObject({ url, title: "市财政局报告" });
    expect(source.snapshots[0]).toMatchObject({ finalUrl: url, httpStatus: 200 });
    expect(source.snapshots[0].text).toContain("1.14亿元");
  });

  it("refuses a URL the fetcher may not reach, with its message", async () => {
    const { claim } = await figureOf("医院3家", "3家");
    const { status, body } = await answer(await addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, body: { url: "http://169.254.169.254/latest/meta-data", kind: "OFFICIAL", credibility: 4 } }), params(claim.id)));
    expect(status).toBe(400);
    expect(body.error.message).not.toMatch(/internal|stack/i);
  });

  it("answers bad bodies with 400 and the field", async () => {
    const { claim } = await figureOf("医院3家", "3家");
    const cases: [unknown, string][] = [
      [{ ...sourceBody }, "text"],
      [{ ...sourceBody, text: ZH_SOURCE, url: `${origin}/release` }, "url"],
      [{ title: "无类型", credibility: 3, text: ZH_SOURCE }, "kind"],
      [{ ...sourceBody, credibility: 9, text: ZH_SOURCE }, "credibility"],
      [{ url: "ftp://example.com/x", kind: "OFFICIAL", credibility: 3 }, "url"],
      [{ ...sourceBody, text: "   " }, "text"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answered } = await answer(await addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, body }), params(claim.id)));
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answered.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
  });

  it("refuses a claim in review or verified, and a claim that does not exist", async () => {
    const { claim } = await figureOf("医院3家", "3家");
    for (const status of ["IN_REVIEW", "VERIFIED"] as const) {
      await t.db.claim.update({ where: { id: claim.id }, data: { status, proposedById: people.reviewer2.id } });
      const answered = await answer(await addClaimSource(request(`/claims/${claim.id}/sources`, { token: tokens.editorWrite, body: { ...sourceBody, text: ZH_SOURCE } }), params(claim.id)));
      expect(answered.status, status).toBe(409);
      expect(await t.db.claimSource.count({ where: { claimId: claim.id } })).toBe(0);
    }
    expect((await addClaimSource(request("/claims/nope/sources", { token: tokens.editorWrite, body: { ...sourceBody, text: ZH_SOURCE } }), params("nope"))).status).toBe(404);
  });
});

describe("POST /bulletins/ID/sources", () => {
  const send = (bulletinId: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
    addBulletinSource(request(`/bulletins/${bulletinId}/sources`, { token, body, headers }), params(bulletinId));

  it("attaches pasted text to the whole bulletin (no claim gets it), once for a retried key; a URL and an existing source too", async () => {
    const bulletin = await freshBulletin();
    const requestKey = key();
    const body = { ...sourceBody, title: "全文来源", text: ZH_SOURCE };
    const first = await answer(await send(bulletin.id, tokens.reviewerWrite, body, { "idempotency-key": requestKey }));
    expect(first).toMatchObject({ status: 201, body: { data: { created: true, reused: false } } });
    expect((await answer(await send(bulletin.id, tokens.reviewerWrite, body, { "idempotency-key": requestKey }))).body.data.sourceId).toBe(first.body.data.sourceId);
    expect(await t.db.bulletinSource.findMany({ where: { bulletinId: bulletin.id }, select: { sourceId: true, attachedById: true } })).toEqual([
      { sourceId: first.body.data.sourceId, attachedById: people.reviewer.id },
    ]);
    expect(await t.db.claimSource.count({ where: { claim: { bulletinId: bulletin.id } } })).toBe(0);

    const fetched = await answer(await send(bulletin.id, tokens.editorWrite, { url: `${origin}/release`, kind: "OFFICIAL", credibility: 4 }));
    expect(fetched.status).toBeLessThan(300);
    const other = await freshBulletin();
    const existing = await answer(await send(other.id, tokens.editorWrite, { sourceId: first.body.data.sourceId }));
    expect(existing).toMatchObject({ status: 200, body: { data: { sourceId: first.body.data.sourceId, reused: true } } });
    expect(await t.db.bulletinSource.count({ where: { bulletinId: bulletin.id } })).toBe(2);
    expect(await t.db.bulletinSource.count({ where: { bulletinId: other.id } })).toBe(1);
  });

  it("answers bad bodies with 400 and the field, a read-only token with 403, a missing bulletin with 404", async () => {
    const bulletin = await freshBulletin();
    for (const [body, field] of [[{ ...sourceBody }, "text"], [{ title: "无类型", credibility: 3, text: ZH_SOURCE }, "kind"]] as const) {
      const { status, body: answered } = await answer(await send(bulletin.id, tokens.editorWrite, body));
      expect(status).toBe(400);
      expect(Object.keys(answered.error.fields ?? {})).toContain(field);
    }
    expect((await send(bulletin.id, tokens.editorRead, { ...sourceBody, text: ZH_SOURCE })).status).toBe(403);
    expect((await send("nope", tokens.editorWrite, { ...sourceBody, text: ZH_SOURCE })).status).toBe(404);
    expect(await t.db.bulletinSource.count({ where: { bulletinId: bulletin.id } })).toBe(0);
  });
});

describe("POST /figures/ID/check", () => {
  async function withSource() {
    const found = await figureOf("全年财政收入1.14亿元", "1.14亿元");
    const attached = await answer(await addClaimSource(request(`/claims/${found.claim.id}/sources`, { token: tokens.reviewerWrite, body: { ...sourceBody, text: ZH_SOURCE } }), params(found.claim.id)));
    const claim = await t.db.claim.findUniqueOrThrow({ where: { id: found.claim.id } });
    return { ...found, claim, sourceId: attached.body.data.sourceId as string };
  }

  it("accepts the app's proposal as the board does: the check, its source and passage, and the passage as supporting evidence; once for a retried key", async () => {
    const { claim, figure, sourceId } = await withSource();
    const requestKey = key();
    const send = () => checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.reviewerWrite, body: { accept: true, version: claim.version }, headers: { "idempotency-key": requestKey } }), params(figure.id));
    const { status } = await answer(await send());
    expect(status).toBe(200);
    expect((await answer(await send())).status).toBe(200);
    expect(await t.db.evidence.findMany({ where: { claimId: claim.id }, select: { sourceId: true, stance: true } })).toEqual([{ sourceId, stance: "SUPPORTS" }]);
    const row = await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } });
    expect(row).toMatchObject({ check: "MATCHES", proposedCheck: "MATCHES", sourceId, sourceValue: "114000000", checkedById: people.reviewer.id });
    expect(row.sourcePassage).toContain("1.14亿元");
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version + 1);
    expect(await t.db.auditEntry.count({ where: { entityId: claim.id, action: "claim.figure-check" } })).toBe(1);
  });

  it("sets a result: not checkable with its reason, differs with the source value", async () => {
    const { claim, figure, sourceId } = await withSource();
    const noted = await answer(await checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, body: { version: claim.version, result: "NOT_CHECKABLE", note: "该数字尚无公开来源。" } }), params(figure.id)));
    expect(noted.status).toBe(200);
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "NOT_CHECKABLE", checkNote: "该数字尚无公开来源。", sourceId: null });
    const differs = await answer(await checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, body: { version: claim.version + 1, result: "DIFFERS", sourceId, sourceValue: "1.2亿元" } }), params(figure.id)));
    expect(differs.status).toBe(200);
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).toMatchObject({ check: "DIFFERS", sourceValue: "1.2亿元", sourceId });
  });

  it("answers bad bodies with 400 and the field, and a stale version with 409", async () => {
    const { claim, figure } = await withSource();
    const cases: [unknown, string][] = [
      [{ result: "NOT_FOUND" }, "version"],
      [{ version: claim.version, result: "WRONG" }, "result"],
      [{ version: claim.version, result: "NOT_CHECKABLE" }, "note"],
      [{ version: claim.version, result: "MATCHES" }, "sourceValue"],
      [{ version: claim.version, accept: true, result: "MATCHES" }, "result"],
      [{ version: claim.version, accept: "yes" }, "accept"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answered } = await answer(await checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, body }), params(figure.id)));
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answered.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    const stale = await answer(await checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, body: { version: claim.version + 7, result: "NOT_FOUND" } }), params(figure.id)));
    expect(stale.status).toBe(409);
    expect((await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).check).toBe("UNCHECKED");
  });

  it("refuses a claim in review or verified, and a figure that does not exist", async () => {
    const { claim, figure } = await withSource();
    for (const status of ["IN_REVIEW", "VERIFIED"] as const) {
      await t.db.claim.update({ where: { id: claim.id }, data: { status, proposedById: people.reviewer2.id } });
      const answered = await answer(await checkFigure(request(`/figures/${figure.id}/check`, { token: tokens.editorWrite, body: { accept: true, version: claim.version } }), params(figure.id)));
      expect(answered.status, status).toBe(409);
    }
    expect((await t.db.figure.findUniqueOrThrow({ where: { id: figure.id } })).check).toBe("UNCHECKED");
    expect((await checkFigure(request("/figures/nope/check", { token: tokens.editorWrite, body: { accept: true, version: 1 } }), params("nope"))).status).toBe(404);
  });
});
