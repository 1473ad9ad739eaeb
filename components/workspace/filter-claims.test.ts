import { describe, expect, it } from "vitest";
import { claimSummary as claimView, figureView, finding } from "@/lib/testing/claim-views";
import { filterClaims } from "./filter-claims";
import type { Filters } from "./types";

const ALL: Filters = { status: "all", kind: "all", assignee: "all", hasFigures: false, failedCheck: false, tag: "", sort: "position" };

const open = claimView({ start: 30, checkworthiness: 0.4, figures: [figureView("12所")], assigneeId: "rae" });
const quote = claimView({ start: 10, kind: "QUOTE", checkworthiness: 0.9, speaker: "市长" });
const review = claimView({ start: 20, status: "IN_REVIEW", checkworthiness: 0.4, findings: [finding(false)], figures: [figureView("4个")], assigneeId: "ed" });
const passed = claimView({ start: 40, status: "VERIFIED", findings: [finding(true)], figures: [figureView("5个")] });
const dismissed = claimView({ start: 5, dismissed: true, status: "IN_PROGRESS", checkworthiness: 1 });
const claims = [open, quote, review, passed, dismissed];
const ids = (filters: Partial<Filters>) => filterClaims([...claims], { ...ALL, ...filters }).map((c) => c.id);

describe("filterClaims", () => {
  it("shows every claim but the dismissed ones, in text order", () => {
    expect(ids({})).toEqual([quote.id, review.id, open.id, passed.id]);
  });

  it("filters by status, and shows dismissed claims only under their own status", () => {
    expect(ids({ status: "IN_REVIEW" })).toEqual([review.id]);
    expect(ids({ status: "DISMISSED" })).toEqual([dismissed.id]);
    // A dismissed claim keeps its workflow status but is not listed under it.
    expect(ids({ status: "IN_PROGRESS" })).toEqual([]);
  });

  it("filters by kind, assignee (someone, no one) and figures", () => {
    expect(ids({ kind: "QUOTE" })).toEqual([quote.id]);
    expect(ids({ assignee: "rae" })).toEqual([open.id]);
    expect(ids({ assignee: "none" })).toEqual([quote.id, passed.id]);
    expect(ids({ hasFigures: true })).toEqual([review.id, open.id, passed.id]);
  });

  it("keeps only claims with a failed check, not those whose checks passed", () => {
    expect(ids({ failedCheck: true })).toEqual([review.id]);
  });

  it("combines filters", () => {
    expect(ids({ hasFigures: true, assignee: "ed", status: "IN_REVIEW" })).toEqual([review.id]);
    expect(ids({ hasFigures: true, kind: "QUOTE" })).toEqual([]);
  });

  it("filters by tag and sorts by priority, ties in text order", () => {
    const tagged = claimView({ start: 50, tags: ["预算", "外贸"], priority: "HIGH" });
    const low = claimView({ start: 60, tags: ["外贸"], priority: "LOW" });
    const list = [...claims, tagged, low];
    const of = (filters: Partial<Filters>) => filterClaims([...list], { ...ALL, ...filters }).map((c) => c.id);
    expect(of({ tag: "外贸" })).toEqual([tagged.id, low.id]);
    expect(of({ tag: "预算" })).toEqual([tagged.id]);
    expect(of({ sort: "priority" })).toEqual([tagged.id, quote.id, review.id, open.id, passed.id, low.id]);
  });

  it("sorts by check-worthiness, ties in text order", () => {
    expect(ids({ sort: "worthiness" })).toEqual([quote.id, passed.id, review.id, open.id]);
  });

  it("orders claims at one start by their end, and leaves the input unsorted", () => {
    const long = claimView({ start: 10, end: 30 });
    const short = claimView({ start: 10, end: 12 });
    const input = [long, short];
    expect(filterClaims(input, ALL).map((c) => c.id)).toEqual([short.id, long.id]);
    expect(input.map((c) => c.id)).toEqual([long.id, short.id]);
  });
});
