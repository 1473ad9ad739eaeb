import type { ClaimSummary } from "@/lib/claims/summary";
import type { Filters } from "./types";
import { statusKey } from "./types";

const PRIORITY_RANK = { HIGH: 0, NORMAL: 1, LOW: 2 } as const;

/** The queue: claims matching the filters, in position or check-worthiness order. */
export function filterClaims(claims: ClaimSummary[], filters: Filters): ClaimSummary[] {
  const shown = claims.filter((c) => {
    if (filters.status !== "all" && statusKey(c) !== filters.status) return false;
    if (filters.status === "all" && c.dismissed) return false;
    if (filters.kind !== "all" && c.kind !== filters.kind) return false;
    if (filters.assignee === "none" && c.assigneeId) return false;
    if (filters.assignee !== "all" && filters.assignee !== "none" && c.assigneeId !== filters.assignee) return false;
    if (filters.hasFigures && c.figures.length === 0) return false;
    if (filters.failedCheck && !c.failedCheck) return false;
    if (filters.tag && !c.tags.includes(filters.tag)) return false;
    return true;
  });
  if (filters.sort === "worthiness") return shown.sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start);
  if (filters.sort === "priority") return shown.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.start - b.start);
  return shown.sort((a, b) => a.start - b.start || a.end - b.end);
}
