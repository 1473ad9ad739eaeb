"use client";

import { useEffect, useRef, useState } from "react";
import type { ClaimView } from "./types";

const POLL_MS = 2_500;

/** Sorted by position; a newer version of a claim replaces the older one. */
export function mergeClaims(current: ClaimView[], incoming: ClaimView[], keepIds?: Set<string>): ClaimView[] {
  const byId = new Map(current.map((c) => [c.id, c]));
  for (const c of incoming) {
    const old = byId.get(c.id);
    // Attaching a source changes a claim without a new version; its updatedAt tells the newer copy,
    // so a poll read just before the attach cannot undo it on screen.
    if (!old || old.version < c.version || (old.version === c.version && old.updatedAt <= c.updatedAt)) byId.set(c.id, c);
  }
  let all = [...byId.values()];
  if (keepIds) all = all.filter((c) => keepIds.has(c.id));
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The bulletin's claims, kept current: polls the bulletin's version every few seconds and pulls
 * only what changed, so two people in one bulletin see each other's work without reloading.
 */
export function useLiveClaims(bulletinId: string, initial: ClaimView[], initialVersion: number, loadedAt: string) {
  const [claims, setClaims] = useState(initial);
  const [live, setLive] = useState(true);
  const cursor = useRef({ version: initialVersion, since: loadedAt });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      try {
        const { version, since } = cursor.current;
        const response = await fetch(`/api/v1/bulletins/${bulletinId}/changes?version=${version}&since=${encodeURIComponent(since)}`, { cache: "no-store" });
        // A revoked session: reloading lets the server sign the reviewer out properly.
        if (response.status === 401) window.location.reload();
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { version: number; changed: boolean; at: string; claims?: ClaimView[]; ids?: string[] };
        cursor.current = { version: body.version, since: body.at };
        if (body.changed && body.claims && !stopped) setClaims((prev) => mergeClaims(prev, body.claims!, new Set(body.ids)));
        if (!stopped) setLive(true);
      } catch {
        if (!stopped) setLive(false);
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [bulletinId]);

  return { claims, setClaims, live };
}
