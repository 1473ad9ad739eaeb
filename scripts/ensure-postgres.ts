// The database tests run against a real PostgreSQL server too: as root, install Debian's postgresql
// when it is missing (as the browser tests do for Chromium); otherwise stop with the command to run.
import { ensurePostgres } from "../lib/testing/pg-server";

try {
  ensurePostgres();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
