"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimView } from "@/lib/claims/dto";
import type { ClaimSummary } from "@/lib/claims/summary";

/**
 * The full claims the reviewer opened (figures, evidence, sources, findings), loaded on opening
 * and again whenever the claim's summary shows a newer change than the one held.
 */
export function useClaimDetails(selected: ClaimSummary | null) {
  const [details, setDetails] = useState<Record<string, ClaimView>>({});
  const [failed, setFailed] = useState<string | null>(null);
  const held = selected ? details[selected.id] : undefined;
  const stale = selected !== null && (!held || held.revision < selected.revision || held.version < selected.version);

  useEffect(() => {
    if (!selected || !stale) return;
    let cancelled = false;
    fetch(`/api/v1/claims/${selected.id}`, { cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const { data } = (await response.json()) as { data: ClaimView };
        if (!cancelled) {
          setDetails((all) => (all[data.id] && all[data.id].revision > data.revision ? all : { ...all, [data.id]: data }));
          setFailed(null);
        }
      })
      .catch(() => !cancelled && setFailed(selected.id));
    return () => {
      cancelled = true;
    };
  }, [selected, stale]);

  /** Keeps what an action answered (newer than what is held, or the same). */
  const remember = useCallback((views: ClaimView[]) => {
    setDetails((all) => {
      const next = { ...all };
      for (const view of views) if (!next[view.id] || next[view.id].revision <= view.revision) next[view.id] = view;
      return next;
    });
  }, []);

  return { view: held ?? null, loading: stale, failed: failed === selected?.id, remember };
}
