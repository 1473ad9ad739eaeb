import type { Db } from "@/lib/db";

// Queries that use the app's one client (`db` from lib/db) run against a test file's throw-away
// database. In the test file:
//   vi.mock("@/lib/db", async (original) => (await import("@/lib/testing/app-db")).appDbModule(original));
// then, once the database exists, `appDb.current = t.db`.

export const appDb = { current: undefined as unknown as Db };

export async function appDbModule(importOriginal: () => Promise<typeof import("@/lib/db")>) {
  return {
    ...(await importOriginal()),
    get db() {
      return appDb.current;
    },
  };
}
