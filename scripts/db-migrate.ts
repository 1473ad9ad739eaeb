// `npm run db:migrate`: brings DATABASE_URL's database up to the newest migration (as `npm start` does).
import { EnvError, parseEnv } from "../lib/config/env";
import { MigrationError, migrateDatabase } from "../lib/db/migrate";

async function main() {
  let url: string;
  try {
    url = parseEnv(process.env).DATABASE_URL;
  } catch (error) {
    if (error instanceof EnvError) throw new MigrationError(error.message);
    throw error;
  }
  const applied = await migrateDatabase(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : `Migrating failed: ${(error as Error).message}`);
  process.exit(1);
});
