import type { ClaimView } from "@/lib/claims/dto";
import { summaryOfView, type ClaimSummary } from "@/lib/claims/summary";

// Claims as the workspace receives them, for tests of the workspace's pure logic.

let serial = 0;

export function claimView(overrides: Partial<ClaimView> = {}): ClaimView {
  const n = ++serial;
  const start = overrides.start ?? n * 10;
  return {
    id: `claim-${n}`,
    bulletinId: "bulletin-1",
    number: n,
    start,
    end: start + 5,
    text: `声明${n}`,
    statement: `声明${n}`,
    context: null,
    kind: "STATISTIC",
    speaker: null,
    speechVerb: null,
    checkworthiness: 0.5,
    status: "UNVERIFIED",
    dismissed: false,
    verdict: null,
    rationale: null,
    assigneeId: null,
    proposedById: null,
    proposedAt: null,
    approvedById: null,
    approvedAt: null,
    sentBackById: null,
    sentBackAt: null,
    sentBackComment: null,
    priority: "NORMAL",
    tags: [],
    publishedAt: null,
    version: 1,
    revision: 0,
    updatedAt: "2024-04-02T00:00:00.000Z",
    figures: [],
    evidence: [],
    sources: [],
    commentCount: 0,
    findings: [],
    ...overrides,
  };
}

/** The same claim as the queue and the text hold it. */
export function claimSummary(overrides: Partial<ClaimView> = {}): ClaimSummary {
  return summaryOfView(claimView(overrides));
}

/** A figure with only what the queue looks at filled in. */
export function figureView(text: string): ClaimView["figures"][number] {
  return {
    id: `figure-${++serial}`, text, start: 0, end: text.length, kind: "count", value: "1", vague: false, valueMax: null, approx: "exact", unit: null,
    currency: null, check: "UNCHECKED", proposedCheck: null, checkNote: null, sourceValue: null, relativeDifference: null, sourceId: null,
    snapshotId: null, sourceStart: null, sourceEnd: null, sourcePassage: null, checkedBy: null,
  };
}

export function finding(ok: boolean): ClaimView["findings"][number] {
  return { id: `finding-${++serial}`, kind: "list-count", ok, details: { stated: 3, listed: ok ? 3 : 2 }, acknowledged: false };
}
