import { describe, expect, it } from "vitest";
import type { ClaimView } from "@/lib/claims/dto";
import { optimisticPatch, withPending } from "./optimistic";

const reviewer = { id: "r1", name: "Reviewer", role: "REVIEWER" as const };
const editor = { id: "e1", name: "Editor", role: "EDITOR" as const };
const claim = (over: Partial<ClaimView> = {}) => ({ id: "c1", status: "UNVERIFIED", dismissed: false, assigneeId: null, proposedById: null, verdict: null, rationale: null, ...over }) as ClaimView;

describe("optimisticPatch", () => {
  it("shows a started claim in progress and assigned to whoever started it", () => {
    expect(optimisticPatch("start", claim(), reviewer)).toEqual({ status: "IN_PROGRESS", assigneeId: "r1" });
    expect(optimisticPatch("start", claim({ assigneeId: "e1" }), editor)).toEqual({ status: "IN_PROGRESS", assigneeId: "e1" });
  });

  it("shows a proposal in review with its verdict, and an approval verified", () => {
    expect(optimisticPatch("propose", claim({ status: "IN_PROGRESS", assigneeId: "r1" }), reviewer, { verdict: "ACCURATE", rationale: "因为" }))
      .toEqual({ status: "IN_REVIEW", proposedById: "r1", verdict: "ACCURATE", rationale: "因为" });
    expect(optimisticPatch("approve", claim({ status: "IN_REVIEW", proposedById: "r1" }), editor)).toEqual({ status: "VERIFIED" });
  });

  it("shows nothing ahead of a step the rules refuse: the server's answer says why", () => {
    expect(optimisticPatch("start", claim({ status: "IN_REVIEW" }), reviewer)).toBeNull();
    expect(optimisticPatch("approve", claim({ status: "IN_REVIEW", proposedById: "e1" }), editor)).toBeNull();
    expect(optimisticPatch("start", claim({ dismissed: true }), reviewer)).toBeNull();
  });
});

describe("withPending", () => {
  const pending = { claimId: "c1", patch: { status: "IN_PROGRESS" as const, assigneeId: "r1" } };
  it("lays the pending change over that claim only", () => {
    expect(withPending(claim(), pending)).toMatchObject({ status: "IN_PROGRESS", assigneeId: "r1", rationale: null });
    expect(withPending(claim({ id: "c2" }), pending)).toEqual(claim({ id: "c2" }));
    expect(withPending(claim(), null)).toEqual(claim());
  });
});
