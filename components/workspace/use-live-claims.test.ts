import { describe, expect, it } from "vitest";
import { claimView } from "@/lib/testing/claim-views";
import { mergeClaims } from "./use-live-claims";

describe("mergeClaims (the live workspace's update step)", () => {
  const a = claimView({ start: 0, version: 3, status: "IN_PROGRESS" });
  const b = claimView({ start: 10, version: 1 });
  const c = claimView({ start: 20, version: 2 });

  it("replaces a claim by a newer or equal version, never by an older one", () => {
    const newer = { ...a, version: 4, status: "IN_REVIEW" as const };
    expect(mergeClaims([a, b], [newer])).toEqual([newer, b]);
    const older = { ...a, version: 2, status: "UNVERIFIED" as const };
    expect(mergeClaims([a, b], [older])).toEqual([a, b]);
    const same = { ...a, commentCount: 1 };
    expect(mergeClaims([a], [same])).toEqual([same]);
  });

  it("adds new claims in text order", () => {
    const added = claimView({ start: 5 });
    expect(mergeClaims([a, c], [added, b]).map((x) => x.id)).toEqual([a.id, added.id, b.id, c.id]);
  });

  it("drops claims the server no longer lists (merged away or deleted) when it sends the ids", () => {
    expect(mergeClaims([a, b, c], [], new Set([a.id, c.id]))).toEqual([a, c]);
    expect(mergeClaims([a, b, c], [])).toEqual([a, b, c]);
  });

  it("orders claims that start together by their end, and leaves its input alone", () => {
    const long = claimView({ start: 10, end: 40 });
    const short = claimView({ start: 10, end: 12 });
    const current = [long];
    expect(mergeClaims(current, [short]).map((x) => x.id)).toEqual([short.id, long.id]);
    expect(current).toEqual([long]);
  });
});
