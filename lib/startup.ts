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
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  if (ADMIN_EMAIL && ADMIN_PASSWORD) {
    const { provisionAdmin } = await import("@/lib/users/service");
    if (await provisionAdmin(db, ADMIN_EMAIL, ADMIN_PASSWORD)) console.log(`Created the first administrator: ${ADMIN_EMAIL}`);
  }
}
