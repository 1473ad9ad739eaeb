import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { BASE_URL } from "../helpers";
import { ACTIONS } from "./access-table";
import { db, stopDb } from "./db";
import { builtActions } from "./harness";

// Cross-site request forgery: every mutation with a foreign Origin, with none, and as a plain
// cross-site form is refused with a 4xx in the standard error shape before anything runs.

test.describe.configure({ mode: "serial" });
test.afterAll(() => stopDb());

type Attempt = { name: string; headers: Record<string, string> };
const ATTEMPTS: Attempt[] = [
  { name: "a foreign Origin", headers: { origin: "https://evil.example" } },
  { name: "no Origin", headers: {} },
  { name: "a look-alike Origin", headers: { origin: `${BASE_URL}.evil.example` } },
];

test("every server action, forged three ways, is refused with 403 and changes nothing", async () => {
  const admin = await db("newUser", "ADMIN", "csrf");
  const cookie = await db("sessionCookie", admin);
  const tokensBefore = await db("count", "apiToken", { where: { userId: admin.id } });
  const ids = builtActions();
  let tried = 0;
  for (const name of Object.keys(ACTIONS)) {
    for (const attempt of ATTEMPTS) {
      const response = await fetch(`${BASE_URL}/bulletins`, {
        method: "POST",
        redirect: "manual",
        headers: { "next-action": ids.get(name)!, "content-type": "text/plain;charset=UTF-8", cookie, ...attempt.headers },
        body: JSON.stringify([{ name: "forged" }]),
      });
      expect(response.status, `${name} with ${attempt.name}`).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
      tried++;
    }
    // A cross-site HTML form: text/plain, no Next-Action header, the action named in the body.
    const form = await fetch(`${BASE_URL}/account`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "text/plain", origin: "https://evil.example", cookie },
      body: `$ACTION_ID_${ids.get(name)}=x`,
    });
    expect(form.status, `${name} as a cross-site text/plain form`).toBe(403);
  }
  expect(tried).toBe(Object.keys(ACTIONS).length * ATTEMPTS.length);
  expect(await db("count", "apiToken", { where: { userId: admin.id } })).toBe(tokensBefore);
});

test("route handler and next-auth mutations are refused cross-site, as text/plain too", async () => {
  const admin = await db("newUser", "ADMIN", "csrf-routes");
  const cookie = await db("sessionCookie", admin);
  const before = await db("count", "user");
  for (const path of ["/api/v1/users", "/api/auth/signout", "/api/auth/callback/credentials"]) {
    for (const attempt of ATTEMPTS) {
      const response = await fetch(`${BASE_URL}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/json", cookie, ...attempt.headers },
        body: JSON.stringify({ name: "Forged", email: "forged@security.test", password: "a long password", role: "ADMIN" }),
      });
      expect(response.status, `${path} with ${attempt.name}`).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
  }
  // Same origin but text/plain: a JSON API does not take it.
  const plain = await fetch(`${BASE_URL}/api/v1/users`, {
    method: "POST",
    headers: { "content-type": "text/plain", cookie, origin: BASE_URL },
    body: JSON.stringify({ name: "Plain", email: "plain@security.test", password: "a long password", role: "ADMIN" }),
  });
  expect(plain.status).toBe(415);
  expect(await db("count", "user")).toBe(before);
});

test("malformed action requests are refusals (4xx, standard shape), not 500s", async () => {
  const editor = await db("newUser", "EDITOR", "csrf-malformed");
  const cookie = await db("sessionCookie", editor);
  const id = builtActions().get("app/(workspace)/bulletins/[id]/actions.ts#dismissClaimAction")!;
  const send = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${BASE_URL}/bulletins`, { method: "POST", redirect: "manual", headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: BASE_URL, cookie, ...headers }, body });
  for (const body of ["{not json", "", "[{\"claimId\":", "\u0000\u0001"]) {
    const response = await send(body);
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  }
  expect((await send("[]", { "content-type": "application/json" })).status).toBe(400);
  // An id the build does not know: refused before Next, which would log it with a stack trace.
  const unknown = await send("[]", { "next-action": "00".repeat(21) });
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
  // {"dismissed":"false"} is refused, not read as true.
  const claim = await db("claim", editor);
  const dismissed = await send(JSON.stringify([{ claimId: claim.id, version: claim.version, dismissed: "false" }]));
  expect(await dismissed.text()).toContain('"bad_request"');
  expect(await db("count", "claim", { where: { id: claim.id, dismissed: true } })).toBe(0);
});

test("action bodies Next could not decode are 400s (413 over the limit) in the standard shape, as text and as multipart", async () => {
  const editor = await db("newUser", "EDITOR", "csrf-bodies");
  const cookie = await db("sessionCookie", editor);
  const id = builtActions().get("app/(workspace)/bulletins/[id]/source-actions.ts#addSourceAction")!;
  const send = (body: BodyInit, contentType: string, extra: RequestInit = {}) =>
    fetch(`${BASE_URL}/bulletins`, { method: "POST", redirect: "manual", headers: { "next-action": id, "content-type": contentType, origin: BASE_URL, cookie }, body, ...extra });
  const expectRefused = async (response: Response, status: number, what: string) => {
    expect(response.status, what).toBe(status);
    expect((await response.json()).error.code, what).toBe(status === 413 ? "too_large" : "bad_request");
  };
  for (const body of ["null", "1", '"x"', '"$Q1"', '["$h9"]', '["$Ww"]', '["$B1"]', '["$n1e999999"]', "[".repeat(5000) + "]".repeat(5000)]) {
    await expectRefused(await send(body, "text/plain;charset=UTF-8"), 400, body.slice(0, 20));
  }
  const part = (name: string, value: string) => `--B\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  for (const [what, body, type] of [
    ["a malformed part header", `--B\r\nContent-Disposition form-data; name="0"\r\n\r\n[]\r\n--B--\r\n`, "multipart/form-data; boundary=B"],
    ["the wrong boundary", `${part("0", "[]")}--B--\r\n`, "multipart/form-data; boundary=C"],
    ["no boundary", `${part("0", "[]")}--B--\r\n`, "multipart/form-data"],
    ["field 0 not JSON", `${part("0", "{not json")}--B--\r\n`, "multipart/form-data; boundary=B"],
    ["references to missing parts", `${part("0", '["$K99","$@77","$Q5"]')}--B--\r\n`, "multipart/form-data; boundary=B"],
  ]) {
    await expectRefused(await send(body, type), 400, what);
  }
  // 26 MB streamed in chunks, without a Content-Length.
  const chunk = new Uint8Array(1024 * 1024);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 26 * 1024 * 1024) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  await expectRefused(await send(stream, "multipart/form-data; boundary=B", { duplex: "half" } as RequestInit), 413, "a chunked 26 MB body");
});

test("a direct load of a claim link renders on the server (it answered 500)", async () => {
  const editor = await db("newUser", "EDITOR", "claim-link");
  const cookie = await db("sessionCookie", editor);
  const claim = await db("claim", editor);
  for (const wanted of [claim.id, `${claim.id}"]</style><script>alert(1)</script>`, "no-such-claim"]) {
    const response = await fetch(`${BASE_URL}/bulletins/${claim.bulletinId}?claim=${encodeURIComponent(wanted)}`, { headers: { cookie } });
    expect(response.status, wanted).toBe(200);
    expect(await response.text()).not.toContain("<script>alert(1)</script>");
  }
});

test("bad percent-encoding in any dynamic path segment is a 400 in the standard shape, not a 500", async () => {
  const editor = await db("newUser", "EDITOR", "bad-encoding");
  const cookie = await db("sessionCookie", editor);
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  const templates = Object.keys(manifest)
    .filter((key) => key.includes("[") && /\/(page|route)$/.test(key))
    .map((key) => key.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, ""));
  expect(templates.length).toBeGreaterThanOrEqual(10);
  for (const template of templates) {
    for (const bad of ["%ff", "%E0%A4%A", "%"]) {
      const url = `${BASE_URL}${template.replace(/\[[^\]]+\]/g, bad)}`;
      const response = await fetch(url, { redirect: "manual", headers: { cookie, "accept-language": "en" } });
      expect(response.status, url).toBe(400);
      expect(await response.json(), url).toEqual({ error: { code: "bad_request", key: "request.badPath", message: expect.stringMatching(/percent-encoding/) } });
    }
  }
  const chinese = await fetch(`${BASE_URL}/bulletins/%ff`, { headers: { cookie: `${cookie}; claimdesk-locale=zh`, "accept-language": "en" } });
  expect((await chinese.json()).error.message).toMatch(/百分号编码/);
});

test("headers: a fresh nonce per response, no 'unsafe-inline' for scripts, no HSTS over plain HTTP", async () => {
  const first = await fetch(`${BASE_URL}/signin`);
  const second = await fetch(`${BASE_URL}/signin`);
  const csp = first.headers.get("content-security-policy") ?? "";
  const scripts = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts).not.toContain("unsafe-inline");
  expect(second.headers.get("content-security-policy")).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
  const html = await first.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) if (!/type="application\/ld\+json"/.test(tag)) expect(tag).toContain(`nonce="${nonce}"`);
  expect(first.headers.get("strict-transport-security")).toBeNull();
  // A client's own X-Forwarded-Proto is not believed without TRUSTED_PROXY.
  expect((await fetch(`${BASE_URL}/signin`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toBeNull();
  expect(first.headers.get("x-frame-options")).toBe("DENY");
});
