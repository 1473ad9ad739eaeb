import { describe, expect, it } from "vitest";
import { claimSummary } from "@/lib/testing/claim-views";
import { mergeSummaries } from "./use-live-claims";

describe("mergeSummaries (the live workspace's update step)", () => {
  const a = claimSummary({ start: 0, version: 3, revision: 7, status: "IN_PROGRESS" });
  const b = claimSummary({ start: 10, version: 1 });
  const c = claimSummary({ start: 20, version: 2 });

  it("replaces a claim by a later or equal revision, never by an earlier one", () => {
    const newer = { ...a, version: 4, revision: 9, status: "IN_REVIEW" as const };
    expect(mergeSummaries([a, b], [newer])).toEqual([newer, b]);
    const older = { ...a, revision: 5, status: "UNVERIFIED" as const };
    expect(mergeSummaries([a, b], [older])).toEqual([a, b]);
    // A comment moves the revision, not the version.
    const commented = { ...a, revision: 8 };
    expect(mergeSummaries([a], [commented])).toEqual([commented]);
  });

  it("adds new claims in text order", () => {
    const added = claimSummary({ start: 5 });
    expect(mergeSummaries([a, c], [added, b]).map((x) => x.id)).toEqual([a.id, added.id, b.id, c.id]);
  });

  it("drops the claims the server names as removed (merged away)", () => {
    expect(mergeSummaries([a, b, c], [], [b.id])).toEqual([a, c]);
    expect(mergeSummaries([a, b, c], [])).toEqual([a, b, c]);
  });

  it("orders claims that start together by their end, and leaves its input alone", () => {
    const long = claimSummary({ start: 10, end: 40 });
    const short = claimSummary({ start: 10, end: 12 });
    const current = [long];
    expect(mergeSummaries(current, [short]).map((x) => x.id)).toEqual([short.id, long.id]);
    expect(current).toEqual([long]);
  });
});
