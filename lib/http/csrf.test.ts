import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, mutationRefusal } from "./csrf";
import { servedOrigin } from "./origin";
import { contentSecurityPolicy } from "./security-headers";

const facts = (method: string, headers: Record<string, string>, trustedProxies = 0) => {
  const all = new Headers({ host: "claimdesk.test", ...headers });
  return { method, headers: all, served: servedOrigin(all, "localhost", trustedProxies, undefined) };
};

describe("mutationRefusal", () => {
  it("lets reads through without looking", () => {
    expect(mutationRefusal(facts("GET", { origin: "https://evil.example" }))).toBeNull();
  });

  it.each([
    ["a foreign Origin", { origin: "https://evil.example", cookie: "s=1" }],
    ["no Origin", { cookie: "s=1" }],
    ["Origin null (a sandboxed page)", { origin: "null", cookie: "s=1" }],
    ["a look-alike host", { origin: "https://claimdesk.test.evil.example", cookie: "s=1" }],
    ["a cross-site text/plain form", { origin: "https://evil.example", "content-type": "text/plain" }],
    ["a bearer token beside a cookie", { authorization: "Bearer cd_x", cookie: "s=1" }],
  ])("refuses a POST with %s: 403", (_what, headers) => {
    expect(mutationRefusal(facts("POST", headers))).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("compares scheme, host and port, and believes forwarded headers only behind a trusted proxy", () => {
    const post = (headers: Record<string, string>, proxies = 0) => mutationRefusal(facts("POST", { cookie: "s=1", ...headers }, proxies));
    // A client's own X-Forwarded-Host cannot make its Origin ours.
    expect(post({ origin: "http://evil.example", "x-forwarded-host": "evil.example" })).toMatchObject({ status: 403 });
    expect(post({ origin: "https://claimdesk.test" })).toMatchObject({ status: 403 });
    expect(post({ origin: "http://claimdesk.test:8080" })).toMatchObject({ status: 403 });
    expect(post({ origin: "http://claimdesk.test:80" })).toBeNull();
    // Behind one trusted proxy, its headers say where the browser is.
    expect(post({ origin: "https://news.example", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" }, 1)).toBeNull();
    expect(post({ origin: "http://news.example", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" }, 1)).toMatchObject({ status: 403 });
    expect(post({ origin: "https://evil.example", "x-forwarded-host": "evil.example, news.example", "x-forwarded-proto": "https" }, 1)).toMatchObject({ status: 403 });
  });

  it("accepts a same-origin POST, and a bearer-token API call without cookies", () => {
    expect(mutationRefusal(facts("POST", { origin: "http://claimdesk.test", cookie: "s=1" }))).toBeNull();
    expect(mutationRefusal(facts("POST", { authorization: "Bearer cd_x" }))).toBeNull();
  });

  it("refuses a server action in an encoding Next never sends, and a body over the limit", () => {
    const same = { origin: "http://claimdesk.test", "next-action": "abc" };
    expect(mutationRefusal(facts("POST", { ...same, "content-type": "application/json" }))).toMatchObject({ status: 400 });
    expect(mutationRefusal(facts("POST", { ...same, "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    expect(mutationRefusal(facts("POST", { ...same, "content-length": String(MAX_BODY_BYTES + 1) }))).toMatchObject({ status: 413 });
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only: no 'unsafe-inline' for scripts, no eval outside development", () => {
    const csp = contentSecurityPolicy("abc123");
    const scripts = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});
