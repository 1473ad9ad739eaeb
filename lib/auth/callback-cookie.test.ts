import { describe, expect, it } from "vitest";
import { withoutBadCallbackCookie } from "./callback-cookie";

const BASE = "http://localhost:3000";

describe("withoutBadCallbackCookie", () => {
  it.each(["javascript%3Ax", encodeURIComponent("／／evil.example"), "%09%2F%2Fevil.example", "ws%3A%2F%2Fevil.example", "blob%3Ax", "data%3A%2Cx", "%E0%A4%A", "https%3A%2F%2Fevil.example", ""])(
    "drops next-auth.callback-url=%s and keeps the other cookies",
    (value) => {
      expect(withoutBadCallbackCookie(`a=1; next-auth.callback-url=${value}; __Secure-next-auth.callback-url=${value}; b=2`, BASE)).toEqual({
        cookie: "a=1; b=2",
        dropped: ["next-auth.callback-url", "__Secure-next-auth.callback-url"],
      });
    },
  );

  it("keeps a callback on this site, absolute or not, and leaves a header without one alone", () => {
    expect(withoutBadCallbackCookie("next-auth.callback-url=%2Fbulletins%2Fx", BASE)).toBeNull();
    expect(withoutBadCallbackCookie(`next-auth.callback-url=${encodeURIComponent(`${BASE}/account`)}`, BASE)).toBeNull();
    expect(withoutBadCallbackCookie("a=1", BASE)).toBeNull();
    expect(withoutBadCallbackCookie(null, BASE)).toBeNull();
  });
});
