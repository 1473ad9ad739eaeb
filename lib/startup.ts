import { env, EnvError } from "@/lib/config/env";
import { authSecret } from "@/lib/config/secret";

/** Start-up checks of the running server; a bad environment stops it with a message naming the variable. */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  authSecret();
  const { db, prepareDatabase } = await import("@/lib/db");
  await prepareDatabase(db);
  // Any server takes background imports, source fetches and figure matching; answers kept for retried requests are
  // forgotten after a day.
  const { workOnImports } = await import("@/lib/jobs/imports");
  await workOnImports(db);
  const { workOnSourceFetches } = await import("@/lib/jobs/source-fetch");
  await workOnSourceFetches(db);
  const { workOnFigureMatching } = await import("@/lib/jobs/figure-matching");
  await workOnFigureMatching(db);
  const { forgetOldKeys } = await import("@/lib/idempotency/keys");
  const forget = () => void forgetOldKeys(db).catch(() => {});
  forget();
  setInterval(forget, 60 * 60_000).unref();
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    const { provisionAdmin } = await import("@/lib/users/service");
    if (await provisionAdmin(db, ADMIN_EMAIL, ADMIN_PASSWORD)) console.log(`Created the first administrator: ${ADMIN_EMAIL}`);
  }
}
