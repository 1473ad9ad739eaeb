import pg from "pg";
import { env } from "@/lib/config/env";
import { onShutdown } from "@/lib/server/lifecycle";
import { CHANGES_CHANNEL, db } from "./index";
import { dialectOf } from "./url";

// Tells this server process that a bulletin changed, whichever server made the change. PostgreSQL
// pushes it: one LISTEN connection per process receives the NOTIFY every write transaction sends
// at commit. On SQLite (one machine, several processes) a shared watch reads the versions of the
// bulletins someone has open, twice a second, in one query.

type Listener = (version: number) => void;
const listeners = new Map<string, Set<Listener>>();
const latest = new Map<string, number>();

function emit(bulletinId: string, version: number) {
  if ((latest.get(bulletinId) ?? -1) >= version) return;
  latest.set(bulletinId, version);
  for (const listener of listeners.get(bulletinId) ?? []) listener(version);
}

let started = false;

function startPg(url: string) {
  let client: pg.Client | undefined;
  let stopped = false;
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      const [bulletinId, version] = (message.payload ?? "").split(":");
      if (bulletinId && version) emit(bulletinId, Number(version));
    });
    // A lost connection is opened again; meanwhile the workspaces' own polling carries on.
    next.on("error", () => {
      next.end().catch(() => {});
      if (client === next) setTimeout(connect, 1_000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      client = next;
    } catch {
      next.end().catch(() => {});
      setTimeout(connect, 2_000);
    }
  };
  void connect();
  onShutdown("change feed", async () => {
    stopped = true;
    await client?.end().catch(() => {});
  });
}

function startSqlite() {
  const timer = setInterval(async () => {
    const ids = [...listeners.keys()];
    if (ids.length === 0) return;
    try {
      const rows = await db.bulletin.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
      for (const row of rows) emit(row.id, row.version);
    } catch {}
  }, 500);
  timer.unref();
  onShutdown("change feed", () => clearInterval(timer));
}

/** Calls `listener` with a bulletin's new version whenever it changes; returns the unsubscribe. */
export function watchBulletin(bulletinId: string, listener: Listener): () => void {
  if (!started) {
    started = true;
    const url = env().DATABASE_URL;
    if (dialectOf(url) === "postgresql") startPg(url);
    else startSqlite();
  }
  const set = listeners.get(bulletinId) ?? new Set();
  set.add(listener);
  listeners.set(bulletinId, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) {
      listeners.delete(bulletinId);
      latest.delete(bulletinId);
    }
  };
}
