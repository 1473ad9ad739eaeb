"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ClaimSummary } from "@/lib/claims/summary";

const POLL_MS = 2_500;

type Changes = { version: number; claims?: ClaimSummary[]; removed?: string[] };

/** Sorted by position; a later revision of a claim replaces an earlier one; removed claims go. */
export function mergeSummaries(current: ClaimSummary[], incoming: ClaimSummary[], removed: string[] = []): ClaimSummary[] {
  if (incoming.length === 0 && removed.length === 0) return current;
  const byId = new Map(current.map((c) => [c.id, c]));
  for (const c of incoming) {
    const old = byId.get(c.id);
    if (!old || old.revision <= c.revision || old.version < c.version) byId.set(c.id, c);
  }
  for (const id of removed) byId.delete(id);
  return [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The bulletin's claims, kept current: asks for what changed since the version it holds, every few
 * seconds and at once when the server announces a change (a server-sent event), so people in one
 * bulletin see each other's work without reloading.
 */
export function useLiveClaims(bulletinId: string, initial: ClaimSummary[], initialVersion: number) {
  const [claims, setClaims] = useState(initial);
  const [live, setLive] = useState(true);
  // How many claims the last poll brought that this browser did not have: for a polite announcement.
  const [arrived, setArrived] = useState({ count: 0, seq: 0 });
  const version = useRef(initialVersion);
  const pollNow = useRef<() => void>(() => {});
  const known = useRef(claims);
  useEffect(() => {
    known.current = claims;
  }, [claims]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    let running = false;
    let again = false;
    async function poll() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      clearTimeout(timer);
      try {
        const response = await fetch(`/api/v1/bulletins/${bulletinId}/changes?version=${version.current}`, { cache: "no-store" });
        // A revoked session: reloading lets the server sign the reviewer out properly.
        if (response.status === 401) window.location.reload();
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as Changes;
        version.current = body.version;
        if (body.claims && !stopped) {
          const versions = new Map(known.current.map((c) => [c.id, c.version]));
          const count = body.claims.filter((c) => (versions.get(c.id) ?? -1) < c.version).length + (body.removed ?? []).filter((id) => versions.has(id)).length;
          setClaims((prev) => mergeSummaries(prev, body.claims!, body.removed));
          if (count > 0) setArrived((a) => ({ count, seq: a.seq + 1 }));
        }
        if (!stopped) setLive(true);
      } catch {
        if (!stopped) setLive(false);
      }
      running = false;
      if (stopped) return;
      if (again) {
        again = false;
        void poll();
      } else timer = setTimeout(poll, POLL_MS);
    }
    pollNow.current = () => void poll();
    timer = setTimeout(poll, POLL_MS);
    // Pushed changes (LISTEN/NOTIFY on PostgreSQL, a version watch on SQLite): poll at once.
    const events = typeof EventSource === "undefined" ? null : new EventSource(`/api/v1/bulletins/${bulletinId}/events`);
    events?.addEventListener("change", (event) => {
      if (Number((event as MessageEvent).data) > version.current) void poll();
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      events?.close();
    };
  }, [bulletinId]);

  const merge = useCallback((incoming: ClaimSummary[], removed: string[] = []) => setClaims((prev) => mergeSummaries(prev, incoming, removed)), []);
  return { claims, merge, live, arrived, pollNow: () => pollNow.current() };
}
