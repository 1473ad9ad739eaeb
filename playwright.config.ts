import { defineConfig } from "@playwright/test";
import { HOST_ADMIN } from "./e2e/host-admin";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = ".tmp/e2e";
// A second server on the same build, started as `npm start` is by default: no NEXTAUTH_URL.
const hostPort = port + 1;
const hostURL = `http://127.0.0.1:${hostPort}`;
const hostDataDir = ".tmp/e2e-host";

// The browser suite runs against the built app on a fresh database of its own.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
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
    { name: "app", testMatch: /.*\.spec\.ts/, testIgnore: /trusted-host\.spec\.ts/, dependencies: ["first-run"] },
    // Reached by an address other than localhost, so links and redirects must follow the request's host.
    { name: "trusted-host", testMatch: /trusted-host\.spec\.ts/, use: { baseURL: hostURL } },
  ],
  webServer: [
    {
      command: `rm -rf ${dataDir} && npx tsx scripts/start.ts`,
      url: `${baseURL}/api/auth/csrf`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { PORT: String(port), DATA_DIR: dataDir, NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // Starts after the first one is up, so the build is fresh and only reused.
      command: `rm -rf ${hostDataDir} && env -u NEXTAUTH_URL -u AUTH_TRUST_HOST npx tsx scripts/start.ts`,
      url: `${hostURL}/api/auth/csrf`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { PORT: String(hostPort), DATA_DIR: hostDataDir, ADMIN_EMAIL: HOST_ADMIN.email, ADMIN_PASSWORD: HOST_ADMIN.password, NEXT_TELEMETRY_DISABLED: "1" },
    },
  ],
});
