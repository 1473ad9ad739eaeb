import { readFileSync } from "node:fs";
import path from "node:path";

let known: Set<string> | null = null;

/**
 * Whether the build holds a server action with this id (Next's server-reference manifest). An id it
 * does not know is refused in the proxy, not logged by Next with a stack trace. Without a readable
 * manifest (a dev server), every id passes and Next decides.
 */
export function isKnownAction(id: string, manifest = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json")): boolean {
  if (!known) {
    try {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
      known = new Set([...Object.keys(parsed.node ?? {}), ...Object.keys(parsed.edge ?? {})]);
    } catch {
      return true;
    }
  }
  return known.has(id);
}
