import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-ip";

const h = (values: Record<string, string>) => new Headers(values);
afterEach(() => {
  delete process.env.CLAIMDESK_PEER_HEADER;
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless TRUSTED_PROXY says so, and uses the socket's address from our server", () => {
    process.env.CLAIMDESK_PEER_HEADER = "1";
    const headers = h({ [PEER_HEADER]: "::ffff:192.0.2.10", "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.10");
    expect(clientAddress(headers, 1)).toBe("6.6.6.6");
  });

  it("with N trusted proxies takes the N-th address from the right: forged entries on the left are skipped", () => {
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" }), 2)).toBe("203.0.113.5");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), 1)).toBe("203.0.113.5");
  });

  it("groups IPv6 by /64, and shares one key when nothing trustworthy is known", () => {
    process.env.CLAIMDESK_PEER_HEADER = "1";
    expect(clientAddress(h({ [PEER_HEADER]: "2001:db8:1:2:aaaa::1" }), 0)).toBe("2001:db8:1:2::/64");
    expect(clientAddress(h({ [PEER_HEADER]: "2001:db8:1:2:bbbb::9" }), 0)).toBe("2001:db8:1:2::/64");
    delete process.env.CLAIMDESK_PEER_HEADER;
    // Outside our server a client could set the peer header itself, so it is not believed.
    expect(clientAddress(h({ [PEER_HEADER]: "192.0.2.10", "x-forwarded-for": "192.0.2.11" }), 0)).toBe("unknown");
    expect(clientAddress(h({ "x-forwarded-for": "not-an-ip" }), 1)).toBe("unknown");
  });
});
