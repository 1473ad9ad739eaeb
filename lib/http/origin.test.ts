import { describe, expect, it } from "vitest";
import { requestOrigin, servedOrigin } from "./origin";

const headers = (h: Record<string, string>) => new Headers({ host: "claimdesk.test", ...h });

describe("servedOrigin", () => {
  it("takes the Host header, and ignores a client's forwarded headers without TRUSTED_PROXY", () => {
    expect(servedOrigin(headers({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }), "localhost", 0, undefined)).toBe("http://claimdesk.test");
  });

  it("believes the forwarded headers behind a trusted proxy, the value its own proxy set", () => {
    expect(servedOrigin(headers({ "x-forwarded-host": "news.example", "x-forwarded-proto": "https" }), "localhost", 1, undefined)).toBe("https://news.example");
    expect(servedOrigin(headers({ "x-forwarded-host": "forged.example, news.example" }), "localhost", 1, undefined)).toBe("http://news.example");
  });

  it("is https when NEXTAUTH_URL says the app is served over HTTPS", () => {
    expect(servedOrigin(headers({}), "localhost", 0, "https://claimdesk.test")).toBe("https://claimdesk.test");
  });
});

describe("requestOrigin", () => {
  it("is NEXTAUTH_URL when set, else the served origin", () => {
    expect(requestOrigin(headers({ "x-forwarded-host": "evil.example" }), "https://claimdesk.test/", "localhost", 0)).toBe("https://claimdesk.test");
    expect(requestOrigin(headers({ "x-forwarded-host": "evil.example" }), undefined, "localhost", 0)).toBe("http://claimdesk.test");
  });
});
