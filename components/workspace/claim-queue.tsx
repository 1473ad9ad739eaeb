"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { statementOf, type ClaimSummary } from "@/lib/claims/summary";
import type { Filters, WorkspaceContext } from "./types";
import { statusKey } from "./types";

type Props = {
  ctx: WorkspaceContext;
  claims: ClaimSummary[];
  /** The bulletin's text, which holds each claim's statement. */
  text: string;
  selectedId: string | null;
  checked: Set<string>;
  filters: Filters;
  onFilters: (f: Filters) => void;
  onSelect: (id: string) => void;
  onCheck: (ids: string[], on: boolean) => void;
};

/** The claim queue: filters, then a virtualised list so a bulletin with thousands of claims stays smooth. */
export function ClaimQueue({ ctx, claims, text, selectedId, checked, filters, onFilters, onSelect, onCheck }: Props) {
  const { w, c, users } = ctx;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: claims.length, getScrollElement: () => scroller.current, estimateSize: () => 64, overscan: 12 });
  const selectedIndex = claims.findIndex((c) => c.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtual.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtual]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onFilters({ ...filters, [key]: value });

  return (
    <section className="queue" aria-labelledby="claim-queue-title">
      <h2 id="claim-queue-title" className="sr-only">{w.claimQueue}</h2>
      <a href="#claim-panel" className="skip-link" onClick={(event) => {
        event.preventDefault();
        document.getElementById("claim-panel")?.focus();
      }}>{w.skipToPanel}</a>
      <div className="queue-filters">
        <select aria-label={w.filterStatus} value={filters.status} onChange={(e) => set("status", e.target.value as Filters["status"])}>
          <option value="all">{w.filterStatus}: {w.all}</option>
          {(["UNVERIFIED", "IN_PROGRESS", "IN_REVIEW", "VERIFIED", "DISMISSED"] as const).map((s) => <option key={s} value={s}>{w[`status${s}`]}</option>)}
        </select>
        <select aria-label={w.filterKind} value={filters.kind} onChange={(e) => set("kind", e.target.value as Filters["kind"])}>
          <option value="all">{w.filterKind}: {w.all}</option>
          {(["STATISTIC", "QUOTE", "EVENT", "OTHER"] as const).map((k) => <option key={k} value={k}>{w[`kind${k}`]}</option>)}
        </select>
        <select aria-label={w.filterAssignee} value={filters.assignee} onChange={(e) => set("assignee", e.target.value)}>
          <option value="all">{w.filterAssignee}: {w.anyone}</option>
          <option value="none">{w.unassigned}</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
        <select aria-label={w.sort} value={filters.sort} onChange={(e) => set("sort", e.target.value as Filters["sort"])}>
          <option value="position">{w.sort}: {w.sortPosition}</option>
          <option value="worthiness">{w.sort}: {w.sortWorthiness}</option>
          <option value="priority">{w.sort}: {c.sortPriority}</option>
        </select>
        {ctx.tags.length > 0 && (
          <select aria-label={c.filterTag} value={filters.tag} onChange={(e) => set("tag", e.target.value)}>
            <option value="">{c.filterTag}: {c.anyTag}</option>
            {ctx.tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        )}
        <label className="check"><input type="checkbox" checked={filters.hasFigures} onChange={(e) => set("hasFigures", e.target.checked)} /> {w.hasFigures}</label>
        <label className="check"><input type="checkbox" checked={filters.failedCheck} onChange={(e) => set("failedCheck", e.target.checked)} /> {w.failedCheck}</label>
        <label className="check">
          <input type="checkbox" checked={claims.length > 0 && claims.every((c) => checked.has(c.id))} onChange={(e) => onCheck(claims.map((c) => c.id), e.target.checked)} /> {w.selectAll} ({claims.length})
        </label>
      </div>
      <div ref={scroller} className="queue-scroll" data-testid="claim-queue">
        <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {virtual.getVirtualItems().map((item) => {
            const claim = claims[item.index];
            const status = statusKey(claim);
            const statement = statementOf(claim, text);
            return (
              <div
                key={claim.id}
                data-index={item.index}
                ref={virtual.measureElement}
                className={`queue-row${claim.id === selectedId ? " selected" : ""}`}
                style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
                data-testid="queue-row"
                aria-current={claim.id === selectedId ? "true" : undefined}
              >
                <input type="checkbox" aria-label={statement.slice(0, 40)} checked={checked.has(claim.id)} onChange={(e) => onCheck([claim.id], e.target.checked)} />
                <button type="button" className="queue-item" onClick={() => onSelect(claim.id)}>
                  <span className="queue-statement">
                    <i className={`dot status-${status}`} title={w[`status${status}`]} aria-hidden="true" /> <span className="sr-only">{w[`status${status}`]}: </span>{statement}
                  </span>
                  <span className="queue-meta">
                    <span className="muted claim-number">{claim.number}</span>
                    {claim.priority !== "NORMAL" && <span className={`badge priority-${claim.priority}`}>{c[`priority${claim.priority}`]}</span>}
                    {claim.tags.map((t) => <span key={t} className="tag">{t}</span>)}
                    <span className={`badge kind-${claim.kind}`}>{w[`kind${claim.kind}`]}</span>
                    {claim.figures.length > 0 && <span className="badge" title={w.figures}>{claim.figures.length} #<span className="sr-only"> {w.figures}</span></span>}
                    {claim.failedCheck && <span className="badge warn" title={w.failedCheck}>⚠<span className="sr-only"> {w.failedCheck}</span></span>}
                    {claim.assigneeId && <span className="muted">{names.get(claim.assigneeId)}</span>}
                    <span className="muted worth" title={w.sortWorthiness}><span className="sr-only">{w.sortWorthiness} </span>{Math.round(claim.checkworthiness * 100)}</span>
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
