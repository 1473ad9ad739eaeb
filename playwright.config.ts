import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// The second server on the same database, started as `npm start` is by default (no NEXTAUTH_URL),
// reached as 127.0.0.1 where links and redirects must follow the request's host.
const hostURL = `http://127.0.0.1:${port + 1}`;
// On PostgreSQL the suite leaves out the accessibility scans and the stored-XSS pass: they check
// markup, which does not depend on the database, and they are half the suite's time.
const onPostgres = process.env.E2E_DATABASE === "postgresql";
const appIgnore = onPostgres ? [/trusted-host\.spec\.ts/, /a11y[\w-]*\.spec\.ts/, /security\/xss\.spec\.ts/] : [/trusted-host\.spec\.ts/];

// The browser suite runs against the built app on a fresh database of its own, with two app
// servers (E2E_PORT and E2E_PORT + 1) on that database (scripts/e2e-servers.ts);
// E2E_DATABASE=postgresql runs it on PostgreSQL.
export default defineConfig({
  testDir: "e2e",
  outputDir: onPostgres ? "test-results/postgresql" : "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.setup\.ts/ },
    { name: "app", testMatch: /.*\.spec\.ts/, testIgnore: appIgnore, dependencies: ["first-run"] },
    // Reached by an address other than localhost, so links and redirects must follow the request's host.
    { name: "trusted-host", testMatch: /trusted-host\.spec\.ts/, use: { baseURL: hostURL }, dependencies: ["first-run"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-servers.ts",
    // The second server is started once the first is up: when it is ready, both are.
    url: `${hostURL}/api/health/ready`,
    timeout: 400_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // SIGTERM lets the servers finish and the PostgreSQL server stop (the default is SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  },
});
