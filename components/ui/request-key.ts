"use client";

import { useCallback, useRef } from "react";

/** A random key for one request that creates rows (crypto.randomUUID needs HTTPS; this does not). */
export function newRequestKey(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
}

/**
 * Keys for the requests a form sends. Sending the same thing again before it succeeded (after a
 * lost answer) reuses the key, so the server answers instead of creating it twice; anything else
 * (other content, or after a success) gets a new key.
 */
export function useRequestKey(): { keyFor: (content: unknown) => string; done: () => void } {
  const pending = useRef<{ content: string; key: string } | null>(null);
  const keyFor = useCallback((content: unknown) => {
    const text = JSON.stringify(content ?? null);
    if (pending.current?.content !== text) pending.current = { content: text, key: newRequestKey() };
    return pending.current.key;
  }, []);
  const done = useCallback(() => {
    pending.current = null;
  }, []);
  return { keyFor, done };
}
