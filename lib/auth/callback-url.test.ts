import { describe, expect, it } from "vitest";
import { safeCallback } from "./callback-url";

describe("safeCallback", () => {
  it("keeps a path on this site, with its query and anchor", () => {
    expect(safeCallback("/bulletins/abc/report?scope=all#claim-1")).toBe("/bulletins/abc/report?scope=all#claim-1");
  });

  it.each(["//evil.com/x", "/\\evil.com/x", "/\\/evil.com", "https://evil.com", "javascript:alert(1)", "/%0d%0aevil", "/\tx", undefined, ""])(
    "sends %j to the bulletin list instead",
    (url) => {
      const result = safeCallback(url);
      expect(new URL(result, "http://claimdesk.invalid").origin).toBe("http://claimdesk.invalid");
      if (url !== "/%0d%0aevil") expect(result).toBe("/bulletins");
    },
  );
});
