// Where one run of the browser suite keeps its state. The SQLite and the PostgreSQL runs each have
// their own (sign-ins, screenshots, the servers' data), so `npm test` can run the two at once.
const onPostgres = process.env.E2E_DATABASE === "postgresql";

/** Saved sign-ins (Playwright storage states). */
export const AUTH_DIR = onPostgres ? "e2e/.auth/postgresql" : "e2e/.auth";
export const ADMIN_STATE = `${AUTH_DIR}/admin.json`;
/** Screenshots and printed reports, looked at by people; the PostgreSQL run's apart. */
export const SCREENSHOTS = onPostgres ? "e2e/screenshots/postgresql" : "e2e/screenshots";
/** The app servers' data folder (scripts/e2e-servers.ts writes servers.json there). */
export const SERVERS_DIR = onPostgres ? ".tmp/e2e-postgresql" : ".tmp/e2e";
