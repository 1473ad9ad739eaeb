import { isShuttingDown } from "@/lib/server/lifecycle";
import { dialectOfClient, type Db } from "./index";
import { migrationsOf } from "./migrate";

export type Readiness = { ready: boolean; database: "ok" | "unreachable"; migrations: "ok" | "pending" | "unknown"; latest?: string; pending?: string[] };

let migrated = false;

/** The latest migration recorded in the database, or null when none (for backups and readiness). */
export async function latestMigration(client: Db): Promise<string | null> {
  try {
    const rows = await client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
    );
    return rows[0]?.name ?? null;
  } catch (error) {
    // A database never migrated has no history table: no migration (what else is missing is for the caller to find).
    if (/_prisma_migrations/.test(String((error as Error).message)) && /no such table|does not exist/.test(String((error as Error).message))) return null;
    throw error;
  }
}

/** For load balancers: the database answers and holds every migration this version knows. */
export async function readiness(client: Db): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, database: "ok", migrations: "unknown" };
  let latest: string | null;
  try {
    latest = await latestMigration(client);
  } catch {
    return { ready: false, database: "unreachable", migrations: "unknown" };
  }
  if (migrated) return { ready: true, database: "ok", migrations: "ok", latest: latest ?? undefined };
  const names = migrationsOf(dialectOfClient(client)).map((m) => m.name);
  const pending = names.filter((n) => latest === null || n > latest);
  migrated = pending.length === 0;
  return { ready: migrated, database: "ok", migrations: migrated ? "ok" : "pending", latest: latest ?? undefined, ...(migrated ? {} : { pending }) };
}
