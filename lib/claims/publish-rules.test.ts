import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertPublishable, assertUnpublishable, STATUSES, type PublishableClaim } from "./workflow";

const claim = (over: Partial<PublishableClaim>): PublishableClaim => ({ status: "VERIFIED", dismissed: false, verdict: "ACCURATE", publishedAt: null, ...over });
const refusal = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
};

describe("publishing rules", () => {
  it("only a verified, live, unpublished claim with a verdict can be published", () => {
    for (const status of STATUSES) {
      expect(refusal(() => assertPublishable(claim({ status }))), status).toBe(status === "VERIFIED" ? null : "conflict");
    }
    expect(refusal(() => assertPublishable(claim({ verdict: null })))).toBe("conflict");
    expect(refusal(() => assertPublishable(claim({ dismissed: true })))).toBe("conflict");
    expect(refusal(() => assertPublishable(claim({ publishedAt: new Date() })))).toBe("conflict");
  });

  it("only a published claim can be unpublished", () => {
    expect(refusal(() => assertUnpublishable(claim({ publishedAt: new Date() })))).toBeNull();
    expect(refusal(() => assertUnpublishable(claim({})))).toBe("conflict");
  });
});
